"""Role finding: a request made at an institution is addressed to it (Roles.office_targets)."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _pairs(text: str, pipeline: Pipeline, lang: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.source.code or "" if e.source else "", e.target.code or "" if e.target else "")
            for e in events(pipeline, text, lang)}


def test_roles_office_help_sought_at_a_consulate_is_asked_of_it(pipeline: Pipeline) -> None:
    assert ("REQUEST", "CZEBUS", "CZEGOV") in _pairs("The company even had to seek help at the Czech consulate.",
                                                     pipeline, "en")


def test_roles_office_help_sought_at_a_consulate_is_asked_of_it_cs(pipeline: Pipeline) -> None:
    assert ("REQUEST", "CZEBUS", "CZEGOV") in _pairs("Firma požádala o pomoc na českém konzulátu.", pipeline, "cs")


def test_roles_office_a_country_as_the_place_is_no_addressee(pipeline: Pipeline) -> None:
    """The place of a request is not its addressee: an unaddressed request (target '-')."""
    assert _pairs("The company asked for help in Germany.", pipeline, "en") == {("REQUEST", "DEUBUS", "")}
