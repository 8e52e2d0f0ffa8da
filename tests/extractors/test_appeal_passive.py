"""An agentless passive request that turns to the police ('is urged to call police') is the police's appeal."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline

LEEDS = "Police in Leeds arrested a man on Monday. "


def _requests(pipeline: Pipeline, text: str) -> list[tuple[str | None, str]]:
    return [(e.source.code if e.source else None, e.rule) for e in events(pipeline, LEEDS + text, "en")
            if e.type == "REQUEST"]


def test_appeal_passive_police_in_the_complement_is_the_requester(pipeline: Pipeline) -> None:
    assert [c for c, _ in _requests(pipeline, "Anyone with information is asked to contact police on 101.")] == [
        "GBRCOP"]
    assert [c for c, _ in _requests(pipeline, "Witnesses are urged to come forward and contact police.")] == [
        "GBRCOP"]


def test_appeal_passive_without_an_official_body_has_no_requester(pipeline: Pipeline) -> None:
    assert _requests(pipeline, "Anyone with information is asked to call a friend.") == []
