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


def test_object_relative_pronoun_subject_is_not_the_described_noun(pipeline: Pipeline) -> None:
    """'members of his government, whom they had taken hostage': 'they' is not the noun the clause describes (nor
    its conjuncts), so the hostage-takers are the rebels named before."""
    text = ("The Fijian rebels said they will release Prime Minister Mahendra Chaudhry and more than 30 members of "
            "his government, whom they had taken hostage two weeks ago.")
    taken = [e for e in events(pipeline, text) if e.trigger == "taken"]
    assert triples(taken) == {("ASSAULT", "FJI", "FJI")} and taken[0].source is not None
    assert taken[0].source.code == "FJIREB" and taken[0].target is not None and taken[0].target.code == "FJIGOV"
