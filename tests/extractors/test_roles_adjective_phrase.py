"""A role phrase the parser hung on an adjective of the object ('exported machines worth 30 million to China':
'to China' under 'worth') is the verb's own."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("The Czech firm Kovosvit also exported two machines worth 30 million crowns to China this year.",
     [("COOPERATE", "CZEBUS", "CHN")]),
    ("The Polish company sold ten trucks worth two million euros to Ukraine last year.",
     [("COOPERATE", "POLBUS", "UKR")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_phrase_under_an_adjective_of_the_object(pipeline: Pipeline, text: str,
                                                 expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, "en")]
    assert got == expected
