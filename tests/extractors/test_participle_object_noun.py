"""A passive participle that modifies a noun has that noun as its object ('sanctions imposed by the EU on Russia',
'sankce uvalené Evropskou unií na Rusko', 'weapons supplied by Russia to Syria'): the entry whose object the noun
is codes the act (SANCTION, not the bare 'impose' of coercion), with the by-agent (cs instrumental) as source."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The sanctions imposed by the European Union on Russia hurt its economy.", ("SANCTION", "IGOEUR", "RUS")),
    ("cs", "Sankce uvalené Evropskou unií na Rusko poškodily jeho ekonomiku.", ("SANCTION", "IGOEUR", "RUS")),
    ("en", "Iran wants relief from the sanctions imposed on Tehran by Donald Trump.", ("SANCTION", "USA", "IRN")),
    ("en", "The weapons supplied by Russia to Syria were used in the attack.", ("AID", "RUS", "SYR")),
    ("cs", "Zbraně dodané Ruskem do Sýrie byly použity při útoku.", ("AID", "RUS", "SYR")),
])
def test_participle_codes_its_noun(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "The sanctions imposed by the European Union on Russia hurt its economy."),
    ("cs", "Sankce uvalené Evropskou unií na Rusko poškodily jeho ekonomiku."),
])
def test_imposed_sanctions_are_no_coercion(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "COERCE"]
