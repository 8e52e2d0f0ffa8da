"""Concern, fear or regret is disapproval only of an actor the text names (entry key named_target)."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _triples(text: str, pipeline: Pipeline) -> set[tuple[str, str, str]]:
    return {(e.type, (e.source.code or "")[:3] if e.source else "-", (e.target.code or "")[:3] if e.target else "-")
            for e in events(pipeline, text, "cs")}


def test_named_target_concern_about_an_actor_is_disapproval(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "CZE", "RUS") in _triples("Česká vláda vyjádřila znepokojení nad jednáním Ruska.", pipeline)
    assert ("ACCUSE", "CZE", "RUS") in _triples("České ministerstvo vyjádřilo Rusku znepokojení.", pipeline)


def test_named_target_concern_about_a_situation_is_no_event(pipeline: Pipeline) -> None:
    """No implicit domestic counterpart: 'obavy, že se situace zhorší' accuses nobody."""
    assert _triples("Česká vláda vyjádřila obavy, že se situace zhorší.", pipeline) == set()
    assert _triples("Prezident vyjádřil politování, že se nedaří zastavit globální oteplování.", pipeline) == set()


def test_named_target_disagreement_keeps_the_domestic_counterpart(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "CZE", "CZE") in _triples("Vláda dala najevo nesouhlas.", pipeline)
