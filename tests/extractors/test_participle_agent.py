"""The agent of a participle inside the subject phrase did something to the phrase's noun: it is not the subject
(roles.actor_of while finding sources; grammar key agent_cases)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2021-06-01"})
    return {(e.type, e.source.code or "-" if e.source else "-", e.target.code or "-" if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "not_source"), [
    ("Kurdští rolníci zahájili protest, jímž se domáhají vrácení pozemků zabavených tureckou armádou.", "cs",
     "TURMIL"),
    ("Kurdish farmers began a protest demanding the return of land seized by the Turkish army.", "en", "TURMIL"),
])
def test_participle_agent_is_no_requester(pipeline: Pipeline, text: str, lang: str, not_source: str) -> None:
    """The army seized the land; it demands nothing ('vrácení pozemků zabavených armádou')."""
    events = _events(pipeline, text, lang)
    assert ("COERCE", not_source, "TURCVL") in events
    assert not any(t == "REQUEST" and s == not_source for t, s, _ in events)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Palestinští zemědělci se domáhají vrácení půdy zabrané izraelskou armádou.", "cs",
     ("REQUEST", "PSEAGR", "ISRMIL")),
])
def test_participle_agent_may_still_be_the_target(pipeline: Pipeline, text: str, lang: str,
                                                  expected: tuple[str, str, str]) -> None:
    """As a target the one who took the land stays: the demand is on it."""
    assert expected in _events(pipeline, text, lang)
