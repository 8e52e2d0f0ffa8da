"""Sentence splitting stays linear on long punctuation runs (regression: quadratic boundary regex)."""

from __future__ import annotations

import time

import pytest

from kronika.nlp.segment import split_sentences

# Generous bound for a 2-core shared machine; the quadratic version needed ~14 s for 20k dots.
BOUND_S = 3.0


@pytest.mark.parametrize("text", [
    "." * 200_000,
    "!" * 100_000 + "?" * 100_000,
    "Ano" + "…" * 100_000,
    "." * 100_000 + "\"" * 100_000,
    "Konec" + ".\"" * 100_000,
])
def test_segment_punctuation_run_without_space_is_linear(text: str) -> None:
    t0 = time.perf_counter()
    spans = split_sentences(text, "cs")
    assert time.perf_counter() - t0 < BOUND_S
    assert spans == [(0, len(text))]


def test_segment_punctuation_run_still_splits_before_space() -> None:
    text = "Přijeli!!! Odjeli?? Zůstali…\" Potom."
    assert [text[a:b] for a, b in split_sentences(text, "cs")] == [
        "Přijeli!!!", "Odjeli??", "Zůstali…\"", "Potom."]
