"""Czech ACCUSE and REQUEST recall: warning against an actor disapproves of that actor."""

from __future__ import annotations

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of the events coded in a hand-made Czech text."""
    doc = pipeline({"text": text, "lang": "cs", "published": "2022-10-01"})
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in doc.events}


def test_warning_against_an_actor_accuses_it(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "CZEGOV", "RUS") in _events(pipeline, "Ministr Lipavský varoval před Ruskem.")
    assert ("ACCUSE", "POLGOV", "RUS") in _events(pipeline, "Polský prezident varoval před ruskou agresí.")


def test_warning_an_addressee_stays_a_threat(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Americká vláda varovala Rusko před útokem na Ukrajinu.")
    assert ("THREATEN", "USAGOV", "RUS") in evs
    assert not any(t == "ACCUSE" for t, _, _ in evs)


def test_warning_against_a_danger_accuses_nobody(pipeline: Pipeline) -> None:
    assert not any(t == "ACCUSE" for t, _, _ in _events(pipeline, "Lékaři varují před chřipkou."))


def test_warning_against_an_act_on_a_patient_accuses_nobody(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Ministr varoval před zničením Ukrajiny.")
    assert not any(t == "ACCUSE" for t, _, _ in evs)
