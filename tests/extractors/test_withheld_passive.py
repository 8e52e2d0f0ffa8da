"""A passive refusal that keeps a direct object ('was denied cancer treatment', 'was denied entry') withholds a thing
from its subject: no REJECT by an unnamed agent (unnamed.unnamed_agent), while a rejected request or appeal still is
one; hand-made sentences, whole pipeline."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_denied_treatment_is_no_unnamed_rejection(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Chinese activist, who was denied cancer treatment, died in a prison in China in 2017.")
    assert not [e for e in evs if e.type == "REJECT" and e.source is None]


def test_rejected_appeal_keeps_its_unnamed_rejection(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The opposition leader's appeal was rejected on Monday in Russia.")
    assert ("REJECT", "-", "RUS") in triples(evs)
