"""Entry matching: the active subject of a transitive trigger is the doer, never the noun an entry is about."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def test_matching_active_subject_with_an_object_is_no_object_noun(pipeline: Pipeline) -> None:
    # 'welcome' + president is hosting (043); here the president is the one who welcomes a decision
    evs = events(pipeline, "The German president welcomed the decision of the Polish court.")
    assert not any(e.cameo == "043" for e in evs)
    assert any(e.type == "SUPPORT" for e in evs)
    assert not any(e.cameo == "043" for e in events(
        pipeline, "The Czech president received a letter from the Russian ambassador."))


def test_matching_object_noun_and_passive_subject_still_license_hosting(pipeline: Pipeline) -> None:
    assert any(e.cameo == "043" for e in events(pipeline, "The German president welcomed the Polish president."))
    assert any(e.cameo == "043" for e in events(
        pipeline, "The Polish president was welcomed by the German chancellor."))
