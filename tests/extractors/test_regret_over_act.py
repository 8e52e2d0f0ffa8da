"""Regret over an act another actor did ('expressed regret over the Russian decision', cs 'vyjádřilo politování nad
ruským rozhodnutím') is disapproval (ACCUSE 110, precision.regret_sense), regret over a death sympathy (018)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Poland expressed regret over the Russian decision to close the consulate.", ("ACCUSE", "POL", "RUS")),
    ("en", "Japan expressed regret at China's move to ban seafood imports.", ("ACCUSE", "JPN", "CHN")),
    ("en", "Germany voiced regret over the Hungarian veto decision.", ("ACCUSE", "DEU", "HUN")),
    ("cs", "Polsko vyjádřilo politování nad ruským rozhodnutím uzavřít konzulát.", ("ACCUSE", "POL", "RUS")),
    ("cs", "Japonsko vyjádřilo politování nad čínským krokem zakázat dovoz mořských plodů.", ("ACCUSE", "JPN", "CHN")),
])
def test_regret_over_act_is_disapproval(pipeline: Pipeline, lang: str, text: str,
                                        expected: tuple[str, str, str]) -> None:
    got = country_triples(events(pipeline, text, lang))
    assert expected in got
    assert not any(t[0] == "SUPPORT" for t in got)


@pytest.mark.parametrize("lang, text", [
    ("en", "Poland expressed regret over the death of the Russian journalist."),
    ("cs", "Polsko vyjádřilo politování nad smrtí ruského novináře."),
    ("cs", "Japonsko vyjádřilo politování nad úmrtím čínského velvyslance."),
])
def test_regret_over_death_is_sympathy(pipeline: Pipeline, lang: str, text: str) -> None:
    got = country_triples(events(pipeline, text, lang))  # the one who died is mourned, not accused
    assert not any(t[0] == "ACCUSE" for t in got)
    assert any(t[0] == "SUPPORT" for t in got)
