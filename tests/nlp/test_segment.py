"""Sentence splitting: abbreviations, initials, ordinal dates, quotes, paragraphs."""

from __future__ import annotations

import pytest

from kronika.nlp.segment import split_sentences


def sents(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("cs", "Summit začne 27. září v Praze. Potom odjede.", ["Summit začne 27. září v Praze.", "Potom odjede."]),
    ("cs", "Přijel tzv. mírový sbor. Odjel.", ["Přijel tzv. mírový sbor.", "Odjel."]),
    ("cs", "Podepsal to J. Novák. Pak odešel.", ["Podepsal to J. Novák.", "Pak odešel."]),
    ("cs", "Zavítal tam v roce 2000. Moskva to vítá.", ["Zavítal tam v roce 2000.", "Moskva to vítá."]),
    ("cs", "„Nesouhlasíme,\" řekl ministr. Další den odjel.", ["„Nesouhlasíme,\" řekl ministr.", "Další den odjel."]),
    ("cs", "Řekl: „Odjedeme.“ Pak odjeli.", ["Řekl: „Odjedeme.“", "Pak odjeli."]),
    ("cs", "První odstavec bez tečky\n\nDruhý odstavec.", ["První odstavec bez tečky", "Druhý odstavec."]),
    ("en", "Mr. Smith met Gen. Jones in Washington. They talked.", ["Mr. Smith met Gen. Jones in Washington.",
                                                                 "They talked."]),
    ("en", "The U.S. Army said so. Russia denied it.", ["The U.S. Army said so.", "Russia denied it."]),
    ("en", "Is it war? Nobody knows!", ["Is it war?", "Nobody knows!"]),
])
def test_segment_splits(lang: str, text: str, expected: list[str]) -> None:
    assert sents(text, lang) == expected


def test_segment_seed_article_has_one_sentence_per_period(seed_text: str) -> None:
    out = sents(seed_text, "cs")
    assert len(out) == 25
    assert out[4].startswith("„Velmi si ceníme") and out[4].endswith("uvedl Putin.")


def test_segment_offsets_point_into_text() -> None:
    text = "  Ahoj.  Jak se máš?  "
    for a, b in split_sentences(text, "cs"):
        assert text[a:b].strip() == text[a:b]
