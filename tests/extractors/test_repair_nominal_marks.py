"""A clause-opening condition word mis-tagged as a noun ('Kdyby' PROPN nsubj) still makes its clause conditional."""

from __future__ import annotations

import pytest

from kronika import Pipeline


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("cs", "Kdyby Rusko zaútočilo na Polsko, NATO by zasáhlo.", set()),
    ("en", "If Russia attacked Poland, NATO would respond.", set()),
    ("cs", "Rusko zaútočilo na Polsko.", {("ASSAULT", "RUS", "POL")}),
    ("en", "Russia attacked Poland.", {("ASSAULT", "RUS", "POL")}),
])
def test_condition_word_tagged_as_noun_marks_its_clause(pipeline: Pipeline, lang: str, text: str,
                                                         expected: set[tuple[str, str, str]]) -> None:
    doc = pipeline({"id": "k", "lang": lang, "text": text})
    got = {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in doc.events
           if e.type == "ASSAULT"}
    assert got == expected
