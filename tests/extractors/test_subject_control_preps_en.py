"""A gerund after a preposition of time or concession ('After meeting Zelensky, Biden announced ...') is done by the
governing clause's subject, not by its object (grammar key subject_control_preps); 'accused X of shelling', 'praised
X for agreeing' stay object control."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("After meeting Zelensky in Kyiv, Biden announced new military aid to Ukraine.",
     ("CONSULT", "USA", "UKR"), ("CONSULT", "UKR", "UKR")),
    ("Without consulting Washington, Turkey sent drones to Azerbaijan.",
     ("CONSULT", "TUR", "USA"), ("CONSULT", "AZE", "USA")),
])
def test_gerund_after_time_preposition_is_the_subjects(pipeline: Pipeline, text: str, expected: tuple[str, str, str],
                                                       wrong: tuple[str, str, str]) -> None:
    found = triples(events(pipeline, text))
    assert expected in found
    assert wrong not in found


def test_gerund_after_for_stays_object_control(pipeline: Pipeline) -> None:
    """'praised Kenya for agreeing': Kenya agrees."""
    found = triples(events(pipeline, "Blinken praised Kenya for agreeing to lead the mission."))
    assert ("AGREE", "KEN", "-") in found
