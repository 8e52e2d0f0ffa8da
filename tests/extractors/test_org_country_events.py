"""A foreign firm's protest that names no target is aimed at the government of the article's home, where it does
business, not at its own state's (events.home_government)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Ministerstvo dopravy ČR zrušilo tendr. Proti tomu protestoval provozovatel mýta Zenova. Rakouská firma "
           "českému státu nabídla novou smlouvu."),
    ("en", "The Czech Ministry of Transport cancelled the tender. The operator Zenova protested against it. The "
           "Austrian company offered the Czech state a new contract."),
])
def test_org_country_foreign_firm_protests_at_the_home_government(pipeline: Pipeline, lang: str, text: str) -> None:
    triples = country_triples(pipeline_events(pipeline, text, lang))
    # a firm's bare 'protested' is a complaint, ACCUSE 111 (extractors/verbal_protest.py; the wmt gold of the
    # same story codes ACCUSE AUTBUS -> CZEGOV); its target is the home government, not the firm's own (was AUT -> AUT)
    assert ("ACCUSE", "AUT", "CZE") in triples
    assert not {t for t in triples if t[1:] == ("AUT", "AUT")}
