"""An infinitive the Czech parser makes the clausal subject of an adjective of readiness ('Polsko je ochotné
spolupracovat s Ukrajinou') is its complement: the adjective's subject acts, and the act is intended (AGREE)."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("Polsko je ochotné spolupracovat s Ukrajinou.", [("AGREE", "POL", "UKR")]),
    ("Polská vláda je připravená jednat s Ruskem.", [("AGREE", "POLGOV", "RUS")]),
    ("Pan Novák slíbil, že FAO je připravená spolupracovat s ghanskou vládou.", [("AGREE", "IGOUNOAGRFAO", "GHAGOV")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_readiness_adjective_complement(pipeline: Pipeline, text: str,
                                        expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, "cs")]
    assert got == expected
