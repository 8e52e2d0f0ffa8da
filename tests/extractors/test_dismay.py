"""Dismay at an actor's act is disapproval of that actor, ACCUSE 111 (dismay.py)."""

from __future__ import annotations

from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


def _dismay(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    return country_triples([e for e in events(pipeline, text, lang) if e.rule.startswith(f"{lang}-dismay")])


def test_dismay_of_a_first_person_speaker_at_a_court_decision(pipeline: Pipeline) -> None:
    text = ("„Jsem pobouřen včerejším rozhodnutím Nejvyššího soudu Spojených států,“ uvedl kalifornský guvernér "
            "Newsom.")
    [ev] = [e for e in events(pipeline, text, "cs") if e.rule.startswith("cs-dismay")]
    assert (ev.type, ev.cameo, ev.trigger) == ("ACCUSE", "111", "pobouřen")
    assert (ev.source and ev.source.code, ev.target and ev.target.code) == ("USAGOV", "USAJUD")


def test_dismay_of_the_subject_at_a_countrys_decision(pipeline: Pipeline) -> None:
    assert _dismay(pipeline, "Merkelová byla zděšena rozhodnutím Ruska.", "cs") == {("ACCUSE", "DEU", "RUS")}
    assert _dismay(pipeline, "Merkel was dismayed at Russia's decision to expel the diplomats.", "en") == {
        ("ACCUSE", "DEU", "RUS")}


def test_dismay_without_a_named_actor_or_negated_is_no_event(pipeline: Pipeline) -> None:
    assert _dismay(pipeline, "Fans were outraged by the remark.", "en") == set()
    assert _dismay(pipeline, "Merkel was not dismayed by Russia's decision.", "en") == set()
    assert _dismay(pipeline, "Merkelová nebyla rozhodnutím Ruska pobouřena.", "cs") == set()
    assert _dismay(pipeline, "Russia outraged Poland by closing the consulate.", "en") == set()


def test_dismay_on_a_linking_verb_of_a_first_person_quote(pipeline: Pipeline) -> None:
    text = ("\u201eI'm outraged by yesterday's decision of the US Supreme Court, which upheld the ban,\u201c "
            "the California Governor said.")
    assert _dismay(pipeline, text, "en") == {("ACCUSE", "USA", "USA")}
    assert _dismay(pipeline, "Merkel felt dismayed at Russia's decision.", "en") == {("ACCUSE", "DEU", "RUS")}
