"""Role finding: an unresolved name described by a relative clause with a nominal predicate (Roles.described_as)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_roles_described_name_takes_its_relative_predicate_cs(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Česká policie zatkla Kowalského, který je polským diplomatem.", "cs")
    assert ("COERCE", "CZE", "POL") in triples(evs)


def test_roles_described_name_takes_its_relative_predicate_en(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Police arrested Kowalski, who is a Polish diplomat.")
    assert any(e.type == "COERCE" and e.target and e.target.code == "POLGOV" for e in evs)


def test_roles_described_relative_clause_with_its_own_subject_is_no_description(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Česká policie zatkla Kowalského, kterého polský diplomat označil za zloděje.", "cs")
    assert not any(e.target and (e.target.code or "").startswith("POL") for e in evs)
