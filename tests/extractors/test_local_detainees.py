"""An unnamed person another state's police or court holds is of that state (targets.local_detainees)."""

from __future__ import annotations

import pytest

from kronika import Pipeline

CZECH_STORY = "Ministr zahraničí Jan Lipavský to potvrdil v Praze. Česká ambasáda situaci sleduje. "


def _triples(pipeline: Pipeline, text: str, lang: str = "cs") -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2023-05-10"})
    return {(e.type, (e.source.code or "-")[:3] if e.source else "-", (e.target.code or "-")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "triple"), [
    (CZECH_STORY + "Londýnská policie v pondělí zadržela jednoho muže.", ("COERCE", "GBR", "GBR")),
    (CZECH_STORY + "Britští policisté zatkli podezřelého v Manchesteru.", ("COERCE", "GBR", "GBR")),
    (CZECH_STORY + "Německá policie zadržela dva řidiče na dálnici u Drážďan.", ("COERCE", "DEU", "DEU")),
])
def test_local_detainees_foreign_police_holds_a_local(pipeline: Pipeline, text: str,
                                                      triple: tuple[str, str, str]) -> None:
    assert triple in _triples(pipeline, text)


@pytest.mark.parametrize(("text", "triple"), [
    (CZECH_STORY + "Policie v pondělí zadržela jednoho muže.", ("COERCE", "CZE", "CZE")),  # the home police
    (CZECH_STORY + "Britská policie zadržela českého turistu.", ("COERCE", "GBR", "CZE")),  # a named Czech
])
def test_local_detainees_home_police_or_named_detainee_unchanged(pipeline: Pipeline, text: str,
                                                                  triple: tuple[str, str, str]) -> None:
    assert triple in _triples(pipeline, text)
