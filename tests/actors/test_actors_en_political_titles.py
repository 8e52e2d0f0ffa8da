"""US news titles abbreviated before a name ('Sen. Lindsey Graham', 'Rep. Adam Schiff', 'Gov. Mike Pence') are
role nouns like 'Senator' and 'Governor': the person takes the title's sector, and a later bare surname the
code it was introduced with."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

US = "The race in the United States is close. "


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Sen. Jane Ostrowski said the bill would fail.", "Sen. Jane Ostrowski", "USALEG"),
    ("Republican Sen. Tom Harlan criticized the White House.", "Republican Sen. Tom Harlan", "USALEG"),
    ("Rep. Maria Delgado (D-Calif.) criticized the White House.", "Rep. Maria Delgado", "USALEG"),
    ("Gov. Peter Lindqvist signed the bill on Friday.", "Gov. Peter Lindqvist", "USAGOV"),
])
def test_en_abbreviated_title_codes_the_person(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    assert coded(run(pipeline, US + text, "en"))[mention] == code


def test_en_abbreviated_title_codes_a_later_surname_as_source(pipeline: Pipeline) -> None:
    doc = run(pipeline, US + "Sen. Jane Ostrowski spoke on Monday. Ostrowski urged Republicans to back the bill.", "en")
    assert [(e.type, e.source.code if e.source else None) for e in doc.events] == [("REQUEST", "USALEG")]
