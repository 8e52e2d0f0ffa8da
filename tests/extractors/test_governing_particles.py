"""A verb governs its complement as a refusal/demand only in the reading whose particle and preposition it has
(matching.plain_types): 'voted to revoke' is a decision, 'voted down'/'voted against' a refusal."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _types(text: str, pipeline: Pipeline) -> set[tuple[str, str, str]]:
    return {(e.type, (e.source.code or "")[:3] if e.source else "-", (e.target.code or "")[:3] if e.target else "-")
            for e in events(pipeline, text, "en")}


def test_governing_particles_voted_to_act_is_the_act(pipeline: Pipeline) -> None:
    text = "Canada's parliament voted to revoke Aung San Suu Kyi's honorary citizenship."
    assert ("COERCE", "CAN", "MMR") in _types(text, pipeline)


def test_governing_particles_call_for_still_demands(pipeline: Pipeline) -> None:
    """'calling for X to step down': the resignation is only demanded (the 'for' is the clause's mark)."""
    text = "Activists held placards calling for Chinese leader Xi Jinping to step down."
    assert not any(t[0] == "CONCEDE" for t in _types(text, pipeline))
