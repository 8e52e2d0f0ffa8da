"""Of two nominative 'subjects' of one Czech verb that both agree with it, the actor is the subject and the thing
its object ('Otázky bezpečnosti konzultují s Ukrajinou hlavně polští diplomaté')."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("Otázky bezpečnosti konzultují s Ukrajinou hlavně polští diplomaté.", [("CONSULT", "POLGOV", "UKR")]),
    ("Podmínky příměří konzultovali s Ukrajinou především polští diplomaté.", [("CONSULT", "POLGOV", "UKR")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_actor_is_the_subject_of_two_nominatives(pipeline: Pipeline, text: str,
                                                  expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, "cs")]
    assert got == expected
