"""A forbidden act did not happen; a dative the parser hung on the infinitive is the addressee ('nedovolí zákazníkům
nosit kostýmy')."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _roles(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events(pipeline, text, "cs")]


def test_prohibition_the_forbidden_act_is_no_event(pipeline: Pipeline) -> None:
    assert _roles(pipeline, "Vláda zakázala firmám vyvážet zbraně do Ruska.") == [("COERCE", "CZEGOV", "CZEBUS")]


def test_prohibition_dative_between_the_verbs_is_the_addressee(pipeline: Pipeline) -> None:
    assert _roles(pipeline, "Ministerstvo oznámilo, že nedovolí firmám vyvážet zbraně.") == [
        ("REJECT", "CZEGOV", "CZEBUS")]
