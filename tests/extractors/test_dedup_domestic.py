"""The drop of events whose source and target are one actor: two differently named actors of one country and code
are a domestic event and stay; the same actor twice, a state and its own sectors, and generic references go."""

from __future__ import annotations

from events_support import pipeline_events

from kronika import Pipeline
from kronika.extractors.dedup import dedup
from kronika.model import ArgRef, Event


def _ev(src: tuple[str, str], tgt: tuple[str, str], kind: str = "ACCUSE") -> Event:
    return Event(kind, None, "112", -2.0, 3, ArgRef(src[0], src[1], src[1], (0, 5)),
                 ArgRef(tgt[0], tgt[1], tgt[1], (10, 15)), "x", (0, 15), 0)


def _kept(*evs: Event) -> list[tuple[str, str]]:
    dropped: list[dict[str, object]] = []
    out = dedup(list(evs), dropped)
    return [(e.source.name, e.target.name) for e in out if e.source and e.target]


def test_dedup_keeps_two_named_actors_of_one_code() -> None:
    assert _kept(_ev(("CZEGOV", "ÚOHS"), ("CZEGOV", "Ministerstvo financí"))) == [("ÚOHS", "Ministerstvo financí")]
    assert _kept(_ev(("USAGOV", "Donald Trump"), ("USAGOV", "Joe Biden"))) == [("Donald Trump", "Joe Biden")]


def test_dedup_drops_the_same_actor_twice() -> None:
    assert _kept(_ev(("ZAFGOV", "FW de Klerk"), ("ZAFGOV", "FW de Klerk"))) == []
    assert _kept(_ev(("RUSGOV", "Rusko"), ("RUS", "Rusko"))) == []  # 'Moskva' is named as its state


def test_dedup_drops_a_state_and_its_own_sector() -> None:
    assert _kept(_ev(("HUNGOV", "government"), ("HUN", "Hungary"))) == []
    assert _kept(_ev(("USALEG", "Wendy Rogers"), ("USA", "United States"))) == []


def test_dedup_drops_a_generic_reference_that_may_be_the_other_actor() -> None:
    assert _kept(_ev(("HUNGOV", "Viktor Orbán"), ("HUNGOV", "vláda"))) == []
    assert _kept(_ev(("POLGOV", "minister"), ("POLGOV", "Mateusz Morawiecki"))) == []


def test_dedup_keeps_distinct_sectors_and_foreign_pairs() -> None:
    assert _kept(_ev(("EGYCOP", "police"), ("EGYREB", "rebel")), _ev(("RUS", "Rusko"), ("UKR", "Ukrajina"))) == [
        ("police", "rebel"), ("Rusko", "Ukrajina")]


def test_dedup_domestic_accusation_in_english_text(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Speaker Nancy Pelosi accused Attorney General William Barr of a cover-up.")
    assert any(e.type == "ACCUSE" and e.source and e.target and e.source.code and e.target.code
               and e.source.code[:3] == e.target.code[:3] == "USA" for e in evs)
