"""Roles a trigger takes from a governing verb: the object a listed verb controls is the subject of its infinitive
or gerund (a Czech dative obl:arg too: 'nezabránilo tisícům lidí podat žaloby'); a negated prevention verb leaves
the act it governs standing ('has not stopped X from filing'); a prevention verb's act did not happen; a gerund
under a degree adverb is done by the verb's subject ('went as far as urging X')."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("cs", "Protesty však nezabránily tisícům lidí podat žaloby proti ministerstvu.",
     [("ACCUSE", "CZECVL", "CZEGOV")]),
    ("cs", "Policie zabránila demonstrantům zaútočit na ministerstvo.", []),
    ("en", "The ban has not stopped hundreds of Polish farmers from filing lawsuits against the Polish government.",
     [("ACCUSE", "POLAGR", "POLGOV")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_control_and_prevention(pipeline: Pipeline, lang: str, text: str,
                                expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, lang)]
    assert got == expected


DEGREE = [
    ("The Polish government went as far as urging Russia to withdraw its troops.", ("REQUEST", "POLGOV", "RUS")),
    ("The Polish army went as far as advising its soldiers to avoid the border.", ("REQUEST", "POLMIL", None)),
]


@pytest.mark.parametrize(("text", "expected"), DEGREE)
def test_gerund_under_a_degree_adverb_shares_the_subject(pipeline: Pipeline, text: str,
                                                         expected: tuple[str, str | None, str | None]) -> None:
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, "en")]
    assert got == [expected]
