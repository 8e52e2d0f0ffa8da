"""English lexicon round 8 (cross-lingual gap list): 'call upon', persuade, the Head of State, whistleblowers."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_lexicon_en_round8_calling_upon_someone_is_an_appeal_to_them(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The British police called upon British citizens.")) == {
        ("REQUEST", "GBR", "GBR")}
    (e,) = events(pipeline, "The British police called upon British citizens.")
    assert (e.source and e.source.code, e.target and e.target.code) == ("GBRCOP", "GBRCVL")


def test_lexicon_en_round8_the_head_of_state_is_the_home_government(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "lang": "en", "text": "In Prague, the Head of State met the Czech judges."})
    assert [(m.text, m.code) for m in doc.mentions if "Head" in m.text] == [("Head of State", "CZEGOV")]
    assert [(e.type, e.source and e.source.code, e.target and e.target.code) for e in doc.events] == [
        ("CONSULT", "CZEGOV", "CZEJUD")]


def test_lexicon_en_round8_a_whistleblower_is_a_person(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "A British whistleblower accused the British president of abuse of power.")
    assert (e.type, e.source and e.source.code, e.target and e.target.code) == ("ACCUSE", "GBRCVL", "GBRGOV")


def test_lexicon_en_round8_persuading_someone_to_act_is_an_appeal_not_a_belief(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Britain persuaded France to drop the tariffs.")) == {("REQUEST", "GBR", "FRA")}
    assert events(pipeline, "British ministers are persuaded that the French president is wrong.") == []
