"""A relative clause without a relative word ('the atrocities the army commits') has the noun it modifies as its
object (matching.object_nodes); Czech always writes the relative word ('zvěrstva, která armáda páchá')."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2021-06-01"})
    return {(e.type, (e.source.code or "-")[:3] if e.source else "-", (e.target.code or "-")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "lang"), [
    ("The world must not stay silent about the atrocities the Myanmar army commits against the Rohingya.", "en"),
    ("Svět nesmí mlčet ke zvěrstvům, která páchá myanmarská armáda na Rohinzích.", "cs"),
])
def test_relative_clause_noun_is_the_object(pipeline: Pipeline, text: str, lang: str) -> None:
    assert ("ASSAULT", "MMR", "MMR") in _events(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The sanctions that remain in force hurt the Russian economy.", "en"),
    ("Sankce, které zůstávají v platnosti, poškozují ruskou ekonomiku.", "cs"),
])
def test_subject_relative_clause_takes_no_object(pipeline: Pipeline, text: str, lang: str) -> None:
    assert not any(t == "SANCTION" for t, _, _ in _events(pipeline, text, lang))
