"""A noun of criticism that names its own actor ('Polish critics of the government say ...') is the source of its
act; a party noun of another type ('claims the Polish opposition') is not an act of its own."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("Polish critics of the government say the reform is illegal.", [("ACCUSE", "POLCVL", "POLGOV")]),
    ("The reform cannot work, claims the Polish opposition.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_agent_noun_is_its_own_source(pipeline: Pipeline, text: str,
                                      expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, "en")]
    assert got == expected
