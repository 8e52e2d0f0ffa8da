"""Putting forces on alert mobilises them (MOBILIZE 152) only where 'alert' carries the entry's 'on' (key object_prep):
'placed an alert on the shipment' flags a thing and mobilises nothing; hand-made sentences, whole pipeline."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_forces_put_on_alert_mobilise(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Russia put its nuclear forces on high alert on Sunday.")
    assert ("MOBILIZE", "RUS", "-") in triples(evs)


def test_alert_placed_on_a_shipment_is_no_mobilisation(pipeline: Pipeline) -> None:
    evs = events(pipeline, "US officials placed an alert on the shipment from China.")
    assert not [e for e in evs if e.type == "MOBILIZE"]
