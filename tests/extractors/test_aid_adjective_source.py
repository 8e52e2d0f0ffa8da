"""A Czech noun of aid or support names its giver by a state adjective ('americká pomoc Ukrajině', 'čínská pomoc
Srbsku'), as the English 'US aid', 'Chinese aid to Serbia' does (cs-n-pomoc-070, cs-n-podpora-070: an amod source);
not a sector adjective read in a critic's sentence ('Rusko kritizuje vojenskou pomoc Ukrajině': Russia gives none),
and not 'dodávka' ('ruské dodávky plynu' are trade)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("cs", "Americká vojenská pomoc Ukrajině dosáhla 40 miliard dolarů.", ("AID", "USA", "UKR")),
    ("cs", "Čínská pomoc Srbsku dorazila do Bělehradu.", ("AID", "CHN", "SRB")),
    ("en", "Chinese aid to Serbia arrived in Belgrade.", ("AID", "CHN", "SRB")),
])
def test_state_adjective_names_the_giver(pipeline: Pipeline, lang: str, text: str,
                                          expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("cs", "Rusko kritizuje vojenskou pomoc Ukrajině."),
    ("en", "Russia criticised military aid to Ukraine."),
])
def test_the_critic_gives_no_aid(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "AID"]
