"""An act only hoped for in a noun's clause ('naděje, že střelec bude dopaden') is no event (modality._unreal)."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def test_modality_hoped_act_under_a_hope_noun_is_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "Policie vyjádřila naději, že střelec bude brzy dopaden.", "cs") == []
    assert events(pipeline, "Rodina oběti se nevzdává naděje, že policie střelce zadrží.", "cs") == []


def test_modality_hoped_the_act_itself_still_codes(pipeline: Pipeline) -> None:
    assert [e.type for e in events(pipeline, "Policie střelce zadržela.", "cs")] == ["COERCE"]
