"""A passive's by-agent the parser hangs on the secondary predicate ('branded "failing" ... by inspectors') or on a
prepositional gerund ('banned from keeping animals by a court')."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline

BRITAIN = "Britain has seen many cases. Britain has many police forces. "


def test_passive_agent_on_the_secondary_predicate_is_the_source(pipeline: Pipeline) -> None:
    evs = events(pipeline, BRITAIN + 'The Leeds police has been branded "failing" in all areas by inspectors.', "en")
    assert [(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("ACCUSE", "GBRGOV", "GBRCOP")]


def test_passive_agent_other_prepositions_name_no_agent(pipeline: Pipeline) -> None:
    evs = events(pipeline, BRITAIN + 'The Leeds police has been branded "failing" in all areas.', "en")
    assert [(e.source.code if e.source else None, e.rule) for e in evs] == [(None, "en-p2-brand-111+agentless-passive")]


def test_passive_agent_on_a_prepositional_gerund_is_the_source(pipeline: Pipeline) -> None:
    """'banned from keeping animals by a court': the parser hangs the by-agent on the gerund; the court bans."""
    evs = events(pipeline, BRITAIN + "A woman has been banned from keeping animals by a court in Wales.", "en")
    assert [(e.type, e.source.code if e.source else None) for e in evs if e.trigger == "banned"] == [
        ("COERCE", "GBRJUD")]
