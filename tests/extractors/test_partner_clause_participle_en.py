"""Talks or a meeting with a named partner in a phrase of a subjectless adverbial participle are held by the subject
of the clause the participle depends on ('Speaking after talks with Erdogan, Putin said ...')."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("Speaking after talks with Erdogan, Putin said Russia would resume grain exports.", ("CONSULT", "RUS", "TUR")),
    ("Macron, speaking after a meeting with Scholz, criticised China.", ("CONSULT", "FRA", "DEU")),
])
def test_participle_shares_the_clause_subject(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(events(pipeline, text))
