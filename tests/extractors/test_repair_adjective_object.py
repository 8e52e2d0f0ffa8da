"""An adjective used as a noun in the accusative ('evakuovali raněné') that the Czech parser makes a secondary
predicate (advcl:pred, tagged Nom when it agrees with the subject) of an active verb with no object is the verb's
object and an actor mention (repair._adjective_object, actors.nominal)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

CASES = [
    ("Ukrajinští záchranáři evakuovali raněné z obleženého Mariupolu.", ("AID", "UKR", "UKR")),
    ("Vrtulníky OSN evakuovaly raněné ze syrského města Afrín.", ("AID", "IGOUNO", "SYR")),
]


@pytest.mark.parametrize(("text", "triple"), CASES)
def test_adjective_object(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, "cs"))


def test_adjective_predicate_of_subject_stays(pipeline: Pipeline) -> None:
    """'Vojáci se vrátili zranění': a predicate of the subject, no object and no event."""
    assert not pipeline_events(pipeline, "Vojáci se vrátili zranění.", "cs")
