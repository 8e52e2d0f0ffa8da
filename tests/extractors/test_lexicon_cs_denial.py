"""Fending off criticism or an accusation (odrazit, odrážet) is a denial: REJECT 016, the accuser or nobody."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2020-05-01"})
    return {(e.type, e.cameo, (e.source.code or "-")[:3] if e.source else "-",
             (e.target.code or "-")[:3] if e.target else "-") for e in doc.events}


@pytest.mark.parametrize(("text", "event"), [
    ("Moskva v pondělí odrazila kritiku, že zadržuje dodávky plynu.", ("REJECT", "016", "RUS", "-")),
    ("Ministr zdravotnictví odrážel výtky, že vláda selhala. Česká vláda to odmítla.", ("REJECT", "016", "CZE", "-")),
])
def test_fending_off_criticism_is_a_denial_without_a_counterpart(pipeline: Pipeline, text: str,
                                                                 event: tuple[str, str, str, str]) -> None:
    assert event in _events(pipeline, text)
