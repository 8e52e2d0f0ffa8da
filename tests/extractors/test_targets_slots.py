"""Targets the parser puts outside the entry's own slot: a prepositional role whose noun the tagger gives the wrong case
(the preposition's own Case feature decides); a bare dative under a reflexive 'se' hung as its preposition."""

from __future__ import annotations

from events_support import country_triples, pipeline_events

from kronika import Pipeline


def test_targets_preposition_case_speaks_for_a_mistagged_noun(pipeline: Pipeline) -> None:
    # 'mluvčí' has one form for every case; the Czech model tags it Nom, the preposition 's' is tagged Case=Ins
    evs = pipeline_events(pipeline, "Ministr zahraničí Lipavský se v úterý setkal s mluvčí Bílého domu.", "cs")
    assert ("CONSULT", "CZE", "USA") in country_triples(evs)


def test_targets_preposition_case_does_not_license_another_preposition(pipeline: Pipeline) -> None:
    # 'za' is no 's': the governed case alone does not make any phrase the meeting partner
    evs = pipeline_events(pipeline, "Ministr zahraničí Lipavský se v úterý setkal za mluvčí Bílého domu.", "cs")
    assert ("CONSULT", "CZE", "USA") not in country_triples(evs)


def test_targets_reflexive_particle_is_no_preposition(pipeline: Pipeline) -> None:
    # the Czech model hangs 'se' of 'omluvit se' under the dative as 'case' (read as the preposition 'se' = 'with')
    evs = pipeline_events(pipeline, "Ministerstvo se rodičům omluvilo za chybu.", "cs")
    assert [(e.cameo, e.target.code if e.target else None) for e in evs] == [("055", "CZECVL")]
    evs = pipeline_events(pipeline, "Ministerstvo se omluvilo kvůli rodičům.", "cs")  # a real preposition stays one
    assert not [e for e in evs if e.target is not None and e.target.code == "CZECVL"]
