"""Quotation-mark pairing: every common style, nesting, apostrophes, paragraphs, unbalanced marks."""

from __future__ import annotations

import pytest

from kronika.extractors.quotes_marks import find_marked


def quoted(text: str) -> list[str]:
    return [" ".join(text[a:b] for a, b in m.parts) for m in find_marked(text)]


@pytest.mark.parametrize(("text", "inside"), [
    ("„Jsme připraveni jednat,“ řekl.", "Jsme připraveni jednat,"),
    ("„Jsme připraveni jednat,\" řekl.", "Jsme připraveni jednat,"),
    ("Řekl \"jsme připraveni\" a odešel.", "jsme připraveni"),
    ("She said “we are ready” today.", "we are ready"),
    ("»Jsme připraveni,« řekl.", "Jsme připraveni,"),
    ("«Nous sommes prêts», a-t-il dit.", "Nous sommes prêts"),
    ("‚Jsme připraveni,‘ řekl.", "Jsme připraveni,"),
    ("‘We are ready,’ she said.", "We are ready,"),
    ("'We are ready,' she said.", "We are ready,"),
    ("''This isn't reform,'' he said.", "This isn't reform,"),
])
def test_quotes_marks_pairs_every_style(text: str, inside: str) -> None:
    assert quoted(text) == [inside]


def test_quotes_marks_apostrophes_are_not_quotes() -> None:
    assert quoted("It's John's dog and the Joneses' car, isn't it?") == []


def test_quotes_marks_nested_quote_stays_inside() -> None:
    assert quoted("„Řekl mi \"ne\" a odešel,“ uvedla.") == ["Řekl mi \"ne\" a odešel,"]
    assert quoted("“He told me ‘never again’ and left,” she said.") == ["He told me ‘never again’ and left,"]


def test_quotes_marks_paragraph_reopened_continues_quote() -> None:
    text = "\"Our economy is strong.\n\n\"Our future is bright,\" the governor said."
    assert quoted(text) == ["Our economy is strong. Our future is bright,"]


def test_quotes_marks_unbalanced_quote_stops_at_paragraph_end() -> None:
    text = "Mluvčí řekl: „Požár se podařilo lokalizovat\n\nDalší odstavec už citací není. „Krátce.“"
    marks = find_marked(text)
    assert text[marks[0].start:marks[0].end] == "Požár se podařilo lokalizovat"
    assert not marks[0].closed
    assert quoted(text)[1] == "Krátce."


def test_quotes_marks_stray_single_quote_is_ignored() -> None:
    assert quoted("The '90s were different and nobody closed this\n\nnext paragraph") == []


def test_quotes_marks_unclosed_quote_in_one_long_paragraph_stops_at_sentence_end() -> None:
    text = "Mluvčí řekl: „Požár je pod kontrolou. " + "Další věty článku pokračují bez konce. " * 30
    marks = find_marked(text)
    assert len(marks) == 1 and text[marks[0].start:marks[0].end] == "Požár je pod kontrolou."
