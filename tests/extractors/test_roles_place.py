"""Role finding: aid delivered in a foreign country goes to that country (events.PLACE_TARGET)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_roles_place_aid_in_a_foreign_country_targets_it(pipeline: Pipeline) -> None:
    text = "The UK is providing vital humanitarian assistance in Afghanistan this winter."
    assert ("AID", "GBR", "AFG") in triples(events(pipeline, text))


def test_roles_place_aid_in_a_foreign_country_targets_it_cs(pipeline: Pipeline) -> None:
    text = "Britská vláda poskytuje humanitární pomoc v Afghánistánu."
    assert ("AID", "GBR", "AFG") in triples(events(pipeline, text, "cs"))


def test_roles_place_aid_at_home_names_no_target(pipeline: Pipeline) -> None:
    assert events(pipeline, "The UK is providing humanitarian assistance in Britain.") == []


def test_roles_place_phrase_under_an_actors_object_is_not_the_aid_target(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Oceňujeme pomoc, kterou Írán poskytuje ruské vojenské kampani na Ukrajině.", "cs")
    assert ("AID", "IRN", "UKR") not in triples(evs)
