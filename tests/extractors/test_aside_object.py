"""'Berb met, according to the police, not only Nezmar': spaCy hangs the object after an aside set off by commas on
the aside's noun (an apposition or conjunct of 'the police') or on the verb as a bare modifier, and the verb lost its
object (the meeting was dropped for want of a target). repair_aside rehangs it on the verb (wmt-dev2 en +1 tp)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("Later, the Czech minister met, according to the police, the Slovak ambassador.", ("CONSULT", "CZE", "SVK")),
    ("Russia attacked, according to Ukraine, several Ukrainian cities.", ("ASSAULT", "RUS", "UKR")),
]


@pytest.mark.parametrize(("text", "triple"), CASES)
def test_object_after_an_aside(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, "en"))


def test_apposition_of_a_final_aside_stays(pipeline: Pipeline) -> None:
    text = "Russia attacked Ukraine, according to Jan Novák, the spokesman of the Czech police."
    assert country_triples(events(pipeline, text, "en")) == {("ASSAULT", "RUS", "UKR")}


def test_stranded_dative_before_a_participle(pipeline: Pipeline) -> None:
    text = "Peru has granted diplomatic asylum to five Panamanian army officers holed up in a diplomatic residence."
    assert ("AID", "PER", "PAN") in country_triples(events(pipeline, text, "en"))
