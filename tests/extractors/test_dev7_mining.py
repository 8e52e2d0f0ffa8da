"""Constructions mined from the misses of wmt-dev7 (session 22, helper trig7). Hand-made sentences, not the gold
articles': a move met with resistance is REJECT by those who resist."""

from __future__ import annotations

import pytest
from events_support import pipeline_events

from kronika import Pipeline


def _coded(evs):  # type: ignore[no-untyped-def]
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "triple"), [
    ("Krok vlády se setkal s ostrým odporem odborů.", ("REJECT", "CZELAB", "CZEGOV")),
    ("Návrh ministra narazil na nesouhlas opozice.", ("REJECT", "CZEOPP", "CZEGOV")),
])
def test_resistance_met_is_a_rejection_cs(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    evs = pipeline_events(pipeline, text, "cs")
    assert triple in _coded(evs)
    assert all(e.type != "ACCUSE" for e in evs)


def test_resistance_criticism_met_stays_criticism_cs(pipeline: Pipeline) -> None:
    """Criticism met is still ACCUSE; a car hitting a tree or applause is nothing."""
    assert {e.type for e in pipeline_events(pipeline, "Krok vlády se setkal s ostrou kritikou odborů.", "cs")} == {
        "ACCUSE"}
    assert pipeline_events(pipeline, "Auto narazilo na strom. Její projev se setkal s potleskem.", "cs") == []
