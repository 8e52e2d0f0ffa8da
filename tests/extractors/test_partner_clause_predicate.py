"""A noun of talks or dispute with a named partner held by its clause's subject: as a copular predicate ('Vláda je
ve sporu s Komisí', 'je v kontaktu s X') and under a stative passive ('is involved in a dispute with X')."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("cs", "Polská vláda je nyní ve sporu s Evropskou komisí.", [("ACCUSE", "POLGOV", "IGOEUREEC")]),
    ("cs", "Polský ministr zahraničí je v kontaktu s ukrajinskou vládou.", [("CONSULT", "POLGOV", "UKRGOV")]),
    ("en", "The Hungarian government is involved in a bitter dispute with the European Commission.",
     [("ACCUSE", "HUNGOV", "IGOEUREEC")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_partner_noun_holder(pipeline: Pipeline, lang: str, text: str,
                             expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, lang)]
    assert got == expected
