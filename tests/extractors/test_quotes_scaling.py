"""Quotes on huge single paragraphs: nested reported speech is found by a sweep, not by comparing every pair."""

from __future__ import annotations

import random

from kronika import Pipeline
from kronika.extractors.quotes import _covered


def pairwise(spans: list[tuple[int, int]], cues: list[int]) -> list[bool]:
    """The quadratic definition: another span covers the span and its cue offset."""
    return [any(o != k and spans[o][0] <= spans[k][0] and spans[k][1] <= spans[o][1]
                and spans[o][0] <= cues[k] < spans[o][1] for o in range(len(spans)))
            for k in range(len(spans))]


def test_quotes_covered_agrees_with_pairwise_definition() -> None:
    rng = random.Random(7)
    for _ in range(300):
        n = rng.randint(0, 12)
        spans = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 60) for _ in range(n))]
        cues = [rng.choice([-1, rng.randint(0, 90)]) for _ in range(n)]
        assert _covered(spans, cues) == pairwise(spans, cues), (spans, cues)


def test_quotes_covered_duplicate_spans_cover_each_other() -> None:
    assert _covered([(0, 10), (0, 10)], [5, 5]) == [True, True]
    assert _covered([(0, 10)], [5]) == [False]


def test_quotes_huge_paragraph_keeps_one_quote_per_sentence(pipeline: Pipeline) -> None:
    one = ("Ministr řekl, že vláda zvýší daně, a dodal, že rozpočet musí být vyrovnaný. ")
    single = pipeline(one, lang="cs")
    doc = pipeline(one * 300, lang="cs")  # one paragraph, 300 sentences, 600 reporting verbs
    assert len(doc.sentences) == 300
    assert len(doc.quotes) == 300 * len(single.quotes) > 0
    assert {q.text for q in doc.quotes} == {q.text for q in single.quotes}
