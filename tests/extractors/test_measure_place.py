"""A curfew or emergency declared in the own state falls on its population also beside a foreign reporter."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline
from kronika.model import Event


def _pairs(evs: list[Event]) -> set[tuple[str, str | None, str | None]]:
    """(cameo, source code, target code) of each event."""
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


def test_measure_place_state_of_siege_in_the_own_state_reported_by_a_foreigner_cs(pipeline: Pipeline) -> None:
    text = ("Vojenská vláda prezidenta Prospera Avrila vyhlásila v sobotu na Haiti třicetidenní stav obležení, "
            "uvedla mluvčí amerického velvyslanectví.")
    assert ("1724", "HTIGOV", "HTICVL") in _pairs(events(pipeline, text, "cs"))


def test_measure_place_curfew_in_a_named_town_falls_on_the_population_cs(pipeline: Pipeline) -> None:
    text = "Turecké úřady vyhlásily zákaz vycházení ve městě Cizre na jihovýchodě Turecka."
    assert ("1723", "TURGOV", "TURCVL") in _pairs(events(pipeline, text, "cs"))


def test_measure_place_curfew_in_a_town_of_the_state_falls_on_the_population_en(pipeline: Pipeline) -> None:
    text = "Turkish authorities have imposed a curfew in the town of Cizre in southeastern Turkey."
    assert ("1723", "TURGOV", "TURCVL") in _pairs(events(pipeline, text))
