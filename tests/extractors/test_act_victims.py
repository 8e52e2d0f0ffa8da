"""The victim of an armed act named inside a criticism ('condemned the invasion of Ukraine', 'odsoudilo invazi na
Ukrajinu') is not the one criticised (roles.victim_of_act): the act's own agent is, and with none named no target."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, victim", [
    ("en", "Germany condemned the invasion of Ukraine on Monday.", "UKR"),
    ("en", "France strongly condemned the attack on Israel.", "ISR"),
    ("en", "Turkey denounced the blockade of Qatar.", "QAT"),
    ("cs", "Německo v pondělí odsoudilo invazi na Ukrajinu.", "UKR"),
    ("cs", "Francie důrazně odsoudila útok na Izrael.", "ISR"),
])
def test_victim_of_act_is_not_criticised(pipeline: Pipeline, lang: str, text: str, victim: str) -> None:
    got = country_triples(events(pipeline, text, lang))
    assert not any(t[0] == "ACCUSE" and t[2] == victim for t in got)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Germany condemned the Russian invasion of Ukraine.", ("ACCUSE", "DEU", "RUS")),
    ("en", "Poland condemned Russia's attack on Ukraine.", ("ACCUSE", "POL", "RUS")),
    ("en", "Russia launched an invasion of Ukraine.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Německo odsoudilo ruskou invazi na Ukrajinu.", ("ACCUSE", "DEU", "RUS")),
    ("cs", "Polsko odsoudilo útok Ruska na Ukrajinu.", ("ACCUSE", "POL", "RUS")),
])
def test_agent_of_act_is_criticised(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Germany condemned the Saudi-led blockade of Yemen.", ("ACCUSE", "DEU", "SAU")),
    ("cs", "Německo odsoudilo saúdskoarabskou blokádu Jemenu.", ("ACCUSE", "DEU", "SAU")),
])
def test_leading_demonym_names_the_agent(pipeline: Pipeline, lang: str, text: str,
                                         expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
