"""Czech partitive subjects: 'Jeden z představitelů opozice kritizoval vládu', 'Většina z poslanců odmítla ...' is
the act of the group its 'z' phrase names (grammar keys quantity_nouns, quantity_preps; en 'one of', 'most of')."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

PARTITIVES = [
    ("Jeden z hlavních představitelů srbské opozice ostře kritizoval vládu.", ("ACCUSE", "SRB", "SRB")),
    ("Jedna z pražských nemocnic požádala ministerstvo zdravotnictví o pomoc.", ("REQUEST", "CZE", "CZE")),
    ("Většina z opozičních poslanců odmítla vládní návrh rozpočtu.", ("REJECT", "CZE", "CZE")),
    ("Jeden z ruských diplomatů včera navštívil polské ministerstvo zahraničí.", ("CONSULT", "RUS", "POL")),
]


@pytest.mark.parametrize(("text", "triple"), PARTITIVES)
def test_partitive_subject_is_its_group(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, "cs"))


def test_place_of_origin_is_no_group(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Jeden z Prahy včera kritizoval vládu.", "cs")
