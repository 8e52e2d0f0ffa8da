"""Events that need the Czech tagger's lemma slips repaired (data/cs/lemmas.json): the role noun or trigger object
of an inflected form is found again ('silami' -> síla, 'zvěrstvům' -> zvěrstvo); English says the same."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2021-06-01"})
    return {(e.type, e.source.code or "-" if e.source else "-", (e.target.code or "-")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Palestinský ozbrojenec byl zastřelen izraelskými bezpečnostními silami.", "cs", ("ASSAULT", "ISRMIL", "PSE")),
    ("A Palestinian gunman was shot dead by Israeli security forces.", "en", ("ASSAULT", "ISRMIL", "PSE")),
    ("Svět nesmí mlčet ke zvěrstvům, která páchá myanmarská armáda na Rohinzích.", "cs", ("ASSAULT", "MMRMIL", "MMR")),
])
def test_inflected_role_noun_and_object_are_found(pipeline: Pipeline, text: str, lang: str,
                                                  expected: tuple[str, str, str]) -> None:
    assert expected in _events(pipeline, text, lang)
