"""Czech 'na protest (proti X)': a protest noun in a purpose phrase is held by the subject of the verb it modifies."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2021-12-12"})
    return {(e.type, (e.source.code or "")[:3] if e.source else "-", (e.target.code or "")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Učitelé ve středu nepřišli do škol na protest proti nízkým platům.", ("PROTEST", "CZE", "CZE")),
    # the parser hangs the phrase on the verb's object ('sál'); the verb's subject still holds it
    ("Opoziční poslanci opustili sál na protest proti rozhodnutí předsedy sněmovny.", ("PROTEST", "CZE", "-")),
])
def test_protest_phrase_takes_the_verb_subject(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text)
