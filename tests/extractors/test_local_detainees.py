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


@pytest.mark.parametrize(("text", "lang"), [
    ("Mexican police closed the store in Mexico City. Mexico's shoppers were shocked. A Texas woman was charged "
     "with theft in a similar case.", "en"),
])
def test_custody_passive_of_a_resident_of_another_state_is_that_state_s(pipeline: Pipeline, text: str,
                                                                        lang: str) -> None:
    assert {(src, tgt) for _, src, tgt in _triples(pipeline, text, lang)} == {("USA", "USA")}


def test_custody_passive_of_a_named_citizen_keeps_the_home_police(pipeline: Pipeline) -> None:
    text = CZECH_STORY + "Český turista byl zatčen."
    assert ("COERCE", "CZE", "CZE") in _triples(pipeline, text)
