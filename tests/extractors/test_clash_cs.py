"""'střetnout se s X' is a clash (ASSAULT 190), as en 'clashed with X', not a meeting (CONSULT)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2021-06-01"})
    return {(e.type, (e.source.code or "-")[:3] if e.source else "-", (e.target.code or "-")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "lang"), [
    ("Maledivští opoziční aktivisté se v pátek střetli s policií.", "cs"),
    ("Maldivian opposition activists clashed with police on Friday.", "en"),
])
def test_clash_with_police_is_no_meeting(pipeline: Pipeline, text: str, lang: str) -> None:
    events = _events(pipeline, text, lang)
    assert ("ASSAULT", "MDV", "MDV") in events
    assert not any(t == "CONSULT" for t, _, _ in events)
