"""Courts, police and strike news (session 35 construction audit, helper crime): a Czech sentence counted in years
or months is a prison sentence (COERCE 173), not a condemnation (ACCUSE 111); railway and dock workers on strike
are labour (LAB), not an adjective's bare state.
"""

from __future__ import annotations

import pytest
from events_support import pipeline_events

from kronika import Pipeline


def _coded(evs):  # type: ignore[no-untyped-def]
    return {(e.type, e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "quad"), [
    ("Soud v Minsku odsoudil opozičního aktivistu k patnácti letům.", ("COERCE", "173", "BLRJUD", "BLRACT")),
    ("Opozičního politika odsoudil moskevský soud k devíti letům vězení.", ("COERCE", "173", "RUSJUD", "RUSGOV")),
    ("Okresní soud v Ostravě odsoudil podnikatele na šest let.", ("COERCE", "173", "CZEJUD", "CZEBUS")),
    ("Krajský soud odsoudil bývalého hejtmana ke dvěma rokům podmíněně.", ("COERCE", "173", "CZEJUD", "CZEELI")),
])
def test_sentence_counted_in_years_cs(pipeline: Pipeline, text: str, quad: tuple[str, str, str, str]) -> None:
    """'odsoudit k X letům' / 'na X let' is a prison sentence even without 'vězení' or 'trest'."""
    coded = _coded(pipeline_events(pipeline, text, "cs"))
    assert quad in coded
    assert not any(t == "ACCUSE" for t, *_ in coded)


@pytest.mark.parametrize("text", [
    "Vláda odsoudila na konci roku ruský útok na Ukrajinu.",
    "Premiér odsoudil útok z minulého roku.",
])
def test_condemnation_with_a_year_stays_accuse_cs(pipeline: Pipeline, text: str) -> None:
    """A year that says when ('na konci roku', 'z minulého roku') is no term of a sentence."""
    assert not any(t == "COERCE" for t, *_ in _coded(pipeline_events(pipeline, text, "cs")))


@pytest.mark.parametrize(("text", "lang", "source"), [
    ("Francouzští železničáři vstoupili do stávky kvůli důchodové reformě.", "cs", "FRALAB"),
    ("Belgian dockers went on strike over pension reform.", "en", "BELLAB"),
])
def test_striking_workers_are_labour(pipeline: Pipeline, text: str, lang: str, source: str) -> None:
    """Railway and dock workers on strike are the state's labour sector."""
    assert any(t == "PROTEST" and s == source for t, _, s, _ in _coded(pipeline_events(pipeline, text, lang)))


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Turkish authorities detained the mayor of Istanbul, Ekrem Imamoglu, on corruption charges.", "en",
     ("COERCE", "TURGOV", "TURGOV")),
    ("The Turkish government dismissed the governor.", "en", ("COERCE", "TURGOV", "TURGOV")),
    ("Turecká vláda odvolala hejtmana.", "cs", ("COERCE", "TURGOV", "TURGOV")),
    ("The Czech government was criticised by the ombudsman over prison conditions.", "en",
     ("ACCUSE", "CZEGOV", "CZEGOV")),
    ("Vládu kritizovala ombudsmanka kvůli podmínkám ve věznicích.", "cs", ("ACCUSE", "CZEGOV", "CZEGOV")),
])
def test_local_office_is_not_the_state_again(pipeline: Pipeline, text: str, lang: str,
                                             triple: tuple[str, str, str]) -> None:
    """A mayor, governor or ombudsman beside the state's government is another actor, not the government twice."""
    assert triple in {(t, s, g) for t, _, s, g in _coded(pipeline_events(pipeline, text, lang))}


def test_whole_government_and_its_organ_stay_one_actor(pipeline: Pipeline) -> None:
    """Without a local office the whole-state noun beside an organ may still be that organ (no self-event)."""
    assert not any(s == g for _, _, s, g in _coded(pipeline_events(
        pipeline, "The Turkish government said the authorities had acted lawfully.", "en")))


def test_blocked_order_rebuffs_its_owner_cs(pipeline: Pipeline) -> None:
    """'zablokoval Trumpovo nařízení': the order's owner (possessive adjective) is the one rebuffed."""
    assert any(t == "REJECT" and (g or "").startswith("USA") for t, _, _, g in _coded(pipeline_events(
        pipeline, "Americký soudce zablokoval Trumpovo nařízení o občanství.", "cs")))


def test_extended_custody_is_detention_cs(pipeline: Pipeline) -> None:
    """'prodloužil vazbu X' keeps X detained (173), as en 'extended the detention of X'."""
    assert ("COERCE", "173", "ISRJUD", "PSEACT") in _coded(pipeline_events(
        pipeline, "Izraelský soud prodloužil vazbu palestinského aktivisty.", "cs"))


@pytest.mark.parametrize("text", [
    "Policie obvinila expremiéra Babiše z dotačního podvodu.",
    "Soud poslal exministra do vězení na pět let.",
])
def test_ex_office_nouns_are_elites_cs(pipeline: Pipeline, text: str) -> None:
    """'exministr', 'expremiér' hold the office no more: an elite (ELI) of the state, and an actor to be acted on."""
    assert any((g or "").endswith("ELI") for *_, g in _coded(pipeline_events(pipeline, text, "cs")))


@pytest.mark.parametrize(("text", "source"), [
    ("Russia's Constitutional Court backed the annexation law, the court said.", "RUS"),
    ("Britain's Supreme Court criticised the government's Rwanda plan.", "GBRJUD"),
])
def test_state_possessive_owns_the_court_en(pipeline: Pipeline, text: str, source: str) -> None:
    """'Russia's Constitutional Court': the state whose possessive stands before the body owns it (not the home)."""
    doc = pipeline({"id": "t", "text": text, "lang": "en"})
    assert any(m.text.endswith("Court") and (m.code or "").startswith(source[:3]) for m in doc.mentions)
    if len(source) > 3:
        assert any(s == source for *_, s, _ in _coded(doc.events))


@pytest.mark.parametrize(("text", "triple"), [
    ("Britain's Supreme Court ruled against the government's Rwanda plan.", ("SANCTION", "GBRJUD", "GBRGOV")),
    ("A US federal judge ruled against the Trump administration.", ("SANCTION", "USAJUD", "USAGOV")),
])
def test_court_ruling_against_en(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    """A court ruling against X (or X's plan) finds X legally in the wrong (116, as 'convicted')."""
    assert triple in {(t, s, g) for t, _, s, g in _coded(pipeline_events(pipeline, text, "en"))}


def test_ruling_against_needs_a_court_en(pipeline: Pipeline) -> None:
    """Only a court rules against someone: voters or players 'ruling against' code nothing."""
    assert pipeline_events(pipeline, "British voters ruled against the government's plan.", "en") == []
