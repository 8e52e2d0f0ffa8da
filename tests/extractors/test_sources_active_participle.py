"""A Czech active participle conjoined to a passive ('byl zatčen a obvinil policii') is the patient's own act."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_sources_active_participle_after_a_passive_is_the_subjects_act(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Muž byl zatčen a obvinil policii z násilí.", "cs")
    assert ("ACCUSE", "CZE", "CZE") in triples(evs)
    acc = next(e for e in evs if e.type == "ACCUSE")
    assert acc.source is not None and acc.source.text == "Muž"  # the man accuses the police, not someone him
    assert acc.target is not None and acc.target.text == "policii"


def test_sources_passive_participle_after_a_passive_is_the_home_authorities(pipeline: Pipeline) -> None:
    # a charge is a custody act (modality charge_passives): the home police or court, as in English 'was charged'
    evs = events(pipeline, "Muž byl zatčen a obviněn z vraždy.", "cs")
    acc = next(e for e in evs if e.type == "ACCUSE")
    assert acc.source is not None and acc.source.code == "CZEJUD"
    assert acc.target is not None and acc.target.text == "Muž"
