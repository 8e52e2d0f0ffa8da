"""A resignation (CAMEO 0831, CONCEDE) names no counterpart: it is coded without a target (events.SELF_DIRECTED), while
other concessions still need one; hand-made sentences, whole pipeline."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_events_resignation_needs_no_target(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Slovak foreign minister resigned on Friday after weeks of protests.")
    assert ("CONCEDE", "SVK", "-") in triples(evs)
    assert any(e.cameo == "0831" and e.target is None for e in evs)
