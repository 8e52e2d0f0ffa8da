"""A trip to a state or its capital is a visit (CONSULT 042), as the Czech 'cesta do X' already was; a trip to a
private place ('to the hospital') or with no traveller is none."""

from __future__ import annotations

import pytest
from events_support import pipeline_events

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(e.cameo, (e.source.code or "-")[:3] if e.source else "-", (e.target.code or "-")[:3] if e.target else "-")
            for e in pipeline_events(pipeline, text, lang)}


@pytest.mark.parametrize("lang, text, source, target", [
    ("en", "Zelensky's trip to Washington was postponed.", "UKR", "USA"),
    ("en", "Xi's three-day trip to France ended on Tuesday.", "CHN", "FRA"),
    ("en", "Macron made a surprise trip to Kyiv on Friday.", "FRA", "UKR"),
    ("cs", "Macron v pátek podnikl cestu do Kyjeva.", "FRA", "UKR"),
    # the parser hangs the capital on the verb once the trip noun has an adjective: the verb names the destination
    ("cs", "Macron v pátek podnikl nečekanou cestu do Kyjeva.", "FRA", "UKR"),
    ("cs", "Macron odjel na dlouhou cestu do Kyjeva.", "FRA", "UKR"),
    ("cs", "Macron v pondělí vycestoval do Kyjeva.", "FRA", "UKR"),
])
def test_trip_to_a_state_is_a_visit(pipeline: Pipeline, lang: str, text: str, source: str, target: str) -> None:
    assert ("042", source, target) in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The president's trip to the hospital was short."),
    ("en", "The family's trip to the seaside was cancelled because of the rain."),
    ("cs", "Podnikatel podnikl cestu do Prahy."),
])
def test_trip_to_a_private_place_is_no_visit(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(c == "042" for c, _, _ in _triples(pipeline, text, lang))
