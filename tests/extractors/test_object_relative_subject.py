"""A subjectless relative clause whose relative pronoun is its object continues the subject of the clause its noun
belongs to, and reads its prepositional targets on that clause's verb ('nezískal od X prostředky, které
požadoval': requested from X, by the one who did not get them)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_object_relative_takes_the_governing_subject_and_its_from_phrase(pipeline: Pipeline) -> None:
    text = ("Protože nezískal od mexické vlády ani Kongresu finanční prostředky, které požadoval pro vybudování "
            "zdi, vyhlásil Trump v únoru národní nouzovou situaci.")
    found = triples(events(pipeline, text, "cs"))
    assert ("REQUEST", "USA", "MEX") in found
    assert ("REQUEST", "USA", "USA") in found


def test_object_relative_keeps_a_subject_of_another_gender_apart(pipeline: Pipeline) -> None:
    """'kterou obsadili partyzáni' (the subject misread as an object) is not the act of the feminine 'síly'."""
    text = ("Vesnici v Kambodži, kterou koncem minulého měsíce obsadili partyzáni, po urputných bojích znovu dobyly "
            "síly vedené Vietnamem.")
    assert not [e for e in events(pipeline, text, "cs") if e.trigger == "obsadili"]
