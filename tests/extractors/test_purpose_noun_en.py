"""'in an attempt (effort, bid) to V' under a controlled infinitive is done by the subject of the verb that controls
it: 'French fishermen have threatened to disrupt British imports in an attempt to press London for more licenses'."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("French fishermen have threatened to disrupt British imports in an attempt to press London for more licenses.",
     ("REQUEST", "FRA", "GBR")),
    ("The Polish government decided to block the deal in an effort to force Brussels to change the plan.",
     ("COERCE", "POL", "IGOEUR")),
])
def test_purpose_noun_under_a_controlled_infinitive_takes_the_controller(pipeline: Pipeline, text: str,
                                                                          expected: tuple[str, str, str]) -> None:
    assert expected in triples(events(pipeline, text))
