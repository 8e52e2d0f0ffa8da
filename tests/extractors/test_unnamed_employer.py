"""A passive dismissal of a person whose employer the text does not name ('was sacked', 'The police officer was
dismissed') is COERCE 172 with no source (unnamed.unnamed_employer), not an accusation; hand-made sentences, whole
pipeline."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline

SCANDAL = "The scandal shook the Welsh police. "


def test_sacked_constable_is_dismissed_by_an_unnamed_employer(pipeline: Pipeline) -> None:
    evs = events(pipeline, SCANDAL + "Former chief constable Sean Price was sacked for gross misconduct in 2012.")
    assert ("COERCE", "-", "GBR") in triples(evs)
    assert any(e.cameo == "172" and e.source is None for e in evs)


def test_dismissed_officer_is_no_accusation(pipeline: Pipeline) -> None:
    evs = events(pipeline, SCANDAL + "The police officer was dismissed after an internal inquiry.")
    assert ("COERCE", "-", "GBR") in triples(evs)
    assert not [e for e in evs if e.type == "ACCUSE"]


def test_dismissed_case_loses_no_post(pipeline: Pipeline) -> None:
    evs = events(pipeline, SCANDAL + "The case against the officer was dismissed by the court in Cardiff.")
    assert not [e for e in evs if e.cameo == "172"]


SKANDAL = "Skandál otřásl velšskou policií. "


def test_released_police_chief_is_dismissed_cs(pipeline: Pipeline) -> None:
    text = SKANDAL + "V roce 2012 byl za hrubé porušení povinností propuštěn bývalý policejní prezident Sean Price."
    evs = events(pipeline, text, "cs")
    assert any(e.cameo == "172" and e.source is None and e.trigger == "propuštěn" for e in evs)


def test_police_chief_released_from_custody_is_no_dismissal_cs(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Policejní prezident Jan Novák byl ve čtvrtek propuštěn z vazby.", "cs")
    assert not [e for e in evs if e.cameo == "172"]


def test_captive_soldiers_released_are_no_dismissal_cs(pipeline: Pipeline) -> None:
    text = "Povstalci v pondělí zajali tři vojáky. Vojáci byli ve čtvrtek propuštěni ze zajetí."
    assert not [e for e in events(pipeline, text, "cs") if e.cameo == "172"]
