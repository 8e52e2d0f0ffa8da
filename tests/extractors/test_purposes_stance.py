"""A protest's stance ('zablokovali ulice, čímž se vzepřeli úřadům', 'marched, thereby defying the authorities',
'in defiance of the authorities') is part of the protest: its target is the protest's, and no REJECT is coded."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events
from events_support import triples

from kronika import Pipeline

STANCES = [
    ("cs", "Statisíce lidí zablokovaly v Hongkongu ulice, čímž se vzepřely čínským úřadům.",
     {("PROTEST", "HKGCVL", "CHNGOV")}),
    ("cs", "Tisíce lidí v neděli pochodovaly v Minsku, čímž se vzepřely běloruským úřadům.",
     {("PROTEST", "BLRCVL", "BLRGOV")}),
    ("en", "Thousands of people marched in Minsk on Sunday, thereby defying the Belarusian authorities.",
     {("PROTEST", "BLRCVL", "BLRGOV")}),
    ("en", "Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.",
     {("PROTEST", "HKGCVL", "CHNGOV")}),
    ("cs", "Tisíce lidí pochodovaly v Minsku ve vzdoru vůči ruským úřadům.", {("PROTEST", "BLRCVL", "RUSGOV")}),
    ("en", "Thousands of people marched in Minsk in defiance of Russian authorities.",
     {("PROTEST", "BLRCVL", "RUSGOV")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STANCES, ids=[s[1][:30] for s in STANCES])
def test_purposes_stance_of_a_protest_is_part_of_it(pipeline: Pipeline, lang: str, text: str,
                                                     expected: set[tuple[str, str, str]]) -> None:
    assert triples(events(pipeline, text, lang)) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Polská vláda schválila zákon, čímž se vzepřela Evropské unii."),
    ("en", "The Polish government passed the law, thereby defying the European Union."),
])
def test_purposes_stance_defiance_after_no_protest_keeps_its_reject(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("REJECT", "POLGOV", "IGOEUREEC") in triples(events(pipeline, text, lang))
