"""'Lavrov arrived in Beijing for talks': the arrival for talks in a state's capital is a visit to that state
(CONSULT 042, GUIDELINES rule 3), as cs 'přijel do Pekingu na jednání'; PETRARCH's talks reading looked only for a
partner ('with X') and coded nothing when only the place was named (data/en/verbs_extra.json)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("en", "Russian Foreign Minister Sergei Lavrov arrived in Beijing for talks.", ("CONSULT", "RUS", "CHN")),
    ("en", "The Chinese president arrived for talks with Putin.", ("CONSULT", "CHN", "RUS")),
    ("cs", "Ruský ministr zahraničí Sergej Lavrov přijel do Pekingu na jednání.", ("CONSULT", "RUS", "CHN")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), CASES)
def test_arrival_for_talks_is_a_visit(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))


def test_arrival_at_a_venue_is_no_event(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The delegation arrived at the hotel for the meeting.", "en")
