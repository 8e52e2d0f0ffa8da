"""English lexicon from the fourth recall audit of unseen ordinary news (auden4): easing, relaxing or lifting rules,
codes, requirements, regulations, controls, curbs and limits is a concession (081), like easing a ban or curfew."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_events_en_recall4_easing_a_code_or_rules_is_a_concession(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Saudi Arabia will ease its strict dress code for foreign women.")
    assert [(e.type, e.cameo) for e in evs] == [("CONCEDE", "081")]
    assert triples(events(pipeline, "The Chinese government relaxed the rules for foreign investors.")) == {
        ("CONCEDE", "CHN", "CHN")}


def test_events_en_recall4_lifting_controls_for_a_named_group_is_a_concession(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Hungary lifted border controls for Austrian drivers.")) == {
        ("CONCEDE", "HUN", "AUT")}


def test_events_en_recall4_easing_a_pain_or_a_thing_is_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "The medicine eased the pain of the British patients.") == []
    assert events(pipeline, "The British athlete lifted the weight above his head.") == []
