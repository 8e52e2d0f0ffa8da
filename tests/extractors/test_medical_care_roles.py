"""Medics caring for named people code AID (gold: 'was examined by doctors who found a bullet', 'paramedics treated
him'), not an investigation; a talks noun in the clause of a relative pronoun is held by the pronoun's noun ('X, who
responded in a discussion with Y')."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("The injured Ukrainian soldier was examined by Polish doctors in Rzeszow.", ("AID", "POL", "UKR")),
    ("A Czech tourist was injured in the Alps. Austrian paramedics treated him for head injuries at the scene.",
     ("AID", "AUT", "CZE")),
    ("A Czech tourist was injured in the Alps. Austrian rescuers immediately tended to his injuries.",
     ("AID", "AUT", "CZE")),
])
def test_medical_care_is_aid(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(events(pipeline, text))
    assert expected in found, found
    assert not [t for t in found if t[0] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "The Chinese government treats Uighurs as a security threat.",
    "Polish health inspectors examined the case of the dead Ukrainian workers.",
])
def test_no_care_without_a_patient(pipeline: Pipeline, text: str) -> None:
    """Treating someone as a threat, or inspectors checking a case, is no medical care."""
    assert not [t for t in triples(events(pipeline, text)) if t[0] == "AID"]


def test_relative_pronoun_holds_talks_noun(pipeline: Pipeline) -> None:
    text = "We put the question to Foreign Minister Jan Lipavsky, who responded in a discussion with Slovak diplomats."
    assert ("CONSULT", "CZE", "SVK") in triples(events(pipeline, text))
