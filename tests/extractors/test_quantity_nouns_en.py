"""A quantity noun ('a series of court rulings', 'a majority of British lawmakers', 'a handful of diplomats') leads to
the actor in its 'of' phrase (grammar key quantity_nouns)."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("A series of court rulings have overturned the Libyan electoral commission's decisions.",
     {("REJECT", "LBY", "LBY")}),
    ("A majority of British lawmakers rejected the deal with the European Union.", {("REJECT", "GBR", "IGOEUR")}),
    ("A handful of Russian diplomats met with Ukrainian officials in Geneva.", {("CONSULT", "RUS", "UKR")}),
])
def test_quantity_noun_leads_to_the_actor_of_its_of_phrase(pipeline: Pipeline, text: str,
                                                          expected: set[tuple[str, str, str]]) -> None:
    """'a series of court rulings', 'a majority of lawmakers': the actor is in the 'of' phrase (quantity_nouns)."""
    assert triples(events(pipeline, text)) >= expected
