"""A capital in the accusative before its verb ('Moskvu z útoku obvinil Kyjev'): cs_core_news_sm lemmatizes the
sentence-initial form as itself and tags it nominative, so both names looked like Nom=Acc forms and the unmarked SVO
order was assumed. The capital's nominative from states.tsv ('Moskva') tells that 'Moskvu' is no nominative
(syncretism.capital_lemma, word_order.no_nominative): the name after the verb is the subject."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("Moskvu z útoku obvinil Kyjev.", ("ACCUSE", "UKR", "RUS")),
    ("Moskvu kritizoval Washington.", ("ACCUSE", "USA", "RUS")),
    ("Kyjev z útoku obvinil Moskvu.", ("ACCUSE", "UKR", "RUS")),
    ("Moskva kritizovala Washington.", ("ACCUSE", "RUS", "USA")),
]


@pytest.mark.parametrize(("text", "triple"), CASES)
def test_accusative_capital_is_no_subject(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    found = country_triples(events(pipeline, text, "cs"))
    assert triple in found
    assert (triple[0], triple[2], triple[1]) not in found
