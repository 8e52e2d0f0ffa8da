"""Tariffs on a country's goods are an economic sanction on it: lowering, rolling back or lifting them eases it (RETREAT
085), raising them imposes it (SANCTION 163), and a state's tariffs name their imposer by its adjective ('US tariffs
on Chinese goods', 'americká cla na čínské zboží'); with no country named it is trade policy, no event."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The United States rolled back tariffs on Chinese goods.", ("RETREAT", "USA", "CHN")),
    ("en", "The United States reduced tariffs on Chinese exports.", ("RETREAT", "USA", "CHN")),
    ("cs", "Spojené státy snížily cla na čínské zboží.", ("RETREAT", "USA", "CHN")),
    ("en", "Japan cut tariffs on American farm goods.", ("RETREAT", "JPN", "USA")),
    ("cs", "Japonsko snížilo cla na americké zemědělské produkty.", ("RETREAT", "JPN", "USA")),
    ("en", "The United States lifted tariffs on Canadian steel.", ("RETREAT", "USA", "CAN")),
    ("cs", "Spojené státy zrušily cla na kanadskou ocel.", ("RETREAT", "USA", "CAN")),
    ("en", "The EU suspended sanctions against Belarus.", ("RETREAT", "IGOEUR", "BLR")),
    ("cs", "EU pozastavila sankce proti Bělorusku.", ("RETREAT", "IGOEUR", "BLR")),
    ("en", "The United States raised tariffs on Chinese goods.", ("SANCTION", "USA", "CHN")),
    ("cs", "Spojené státy zvýšily cla na čínské zboží.", ("SANCTION", "USA", "CHN")),
    ("en", "American tariffs on Chinese goods hurt the economy.", ("SANCTION", "USA", "CHN")),
    ("cs", "Americká cla na čínské zboží poškodila ekonomiku.", ("SANCTION", "USA", "CHN")),
])
def test_tariffs_on_a_country(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "The government cut tariffs to help consumers."),
    ("cs", "Vláda snížila cla, aby pomohla spotřebitelům."),
])
def test_tariffs_on_no_country_are_trade_policy(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] in {"RETREAT", "SANCTION"}]
