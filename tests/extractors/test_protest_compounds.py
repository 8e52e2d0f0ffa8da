"""A protest, demonstration or riot noun names its protesters in an English noun compound ('student protests',
'farmer protests'), as the Czech genitive does ('protesty studentů'): en-kr-n-protest-141 and its neighbours take a
'compound' source. 'rally' and 'march' do not ('a Trump rally', 'an election rally' are no protests)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2021-06-01"})
    return {(e.type, (e.source.code or "-")[:3] if e.source else "-", (e.target.code or "-")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Student protests erupted in Iran.", ("PROTEST", "IRN", "IRN")),
    ("cs", "V Teheránu vypukly protesty íránských studentů.", ("PROTEST", "IRN", "IRN")),
    ("en", "Opposition demonstrations against the Serbian government continued on Sunday.",
     ("PROTEST", "SRB", "SRB")),
    ("cs", "Demonstrace srbské opozice proti vládě pokračovaly v neděli.", ("PROTEST", "SRB", "SRB")),
])
def test_protest_compound_names_the_protesters(pipeline: Pipeline, lang: str, text: str,
                                               expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)
