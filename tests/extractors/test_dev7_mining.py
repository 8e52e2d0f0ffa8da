"""Constructions mined from the misses of wmt-dev7 (session 22, helper trig7). Hand-made sentences, not the gold
articles': a move met with resistance is REJECT by those who resist; the crime a sentence names was done by the one
sentenced; people sent to help a state aid it; recommendations given to someone ask them.
"""

from __future__ import annotations

import pytest
from events_support import pipeline_events

from kronika import Pipeline


def _coded(evs):  # type: ignore[no-untyped-def]
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "triple"), [
    ("Krok vlády se setkal s ostrým odporem odborů.", ("REJECT", "CZELAB", "CZEGOV")),
    ("Návrh ministra narazil na nesouhlas opozice.", ("REJECT", "CZEOPP", "CZEGOV")),
])
def test_resistance_met_is_a_rejection_cs(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    evs = pipeline_events(pipeline, text, "cs")
    assert triple in _coded(evs)
    assert all(e.type != "ACCUSE" for e in evs)


def test_resistance_criticism_met_stays_criticism_cs(pipeline: Pipeline) -> None:
    """Criticism met is still ACCUSE; a car hitting a tree or applause is nothing."""
    assert {e.type for e in pipeline_events(pipeline, "Krok vlády se setkal s ostrou kritikou odborů.", "cs")} == {
        "ACCUSE"}
    assert pipeline_events(pipeline, "Auto narazilo na strom. Její projev se setkal s potleskem.", "cs") == []


@pytest.mark.parametrize(("text", "triple"), [
    ("Muž z Texasu byl odsouzen na 30 let vězení za vraždu své manželky.", ("ASSAULT", "USACVL", "USACVL")),
    ("Muž byl odsouzen na 25 let za střelbu na svou přítelkyni, která přežila.", ("ASSAULT", "CZECVL", "CZECVL")),
    ("Soud poslal řidiče na osm let do vězení za napadení policisty.", ("ASSAULT", "CZECVL", "CZECOP")),
    ("Soudce odsoudil syrského uprchlíka na pět let za napadení německého důchodce.", ("ASSAULT", "SYRREF", "DEUCVL")),
    ("Rus dostal 12 let vězení za únos ukrajinského novináře.", ("ASSAULT", "RUS", "UKRMED")),
])
def test_convict_did_the_crime_of_the_sentence_cs(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    """The violent act named as the reason of a sentence was done by the one sentenced, beside the sentence."""
    assert triple in _coded(pipeline_events(pipeline, text, "cs"))


def test_convict_needs_a_named_victim_and_a_sentence_cs(pipeline: Pipeline) -> None:
    """No victim named: no ASSAULT beside the sentence; an arrest for an attack is no sentence either."""
    for text in ("Soud odsoudil teenagera za násilný útok.", "Policie muže zadržela za napadení ženy."):
        assert all(e.type != "ASSAULT" for e in pipeline_events(pipeline, text, "cs")), text


def test_convict_did_the_crime_of_the_sentence_en(pipeline: Pipeline) -> None:
    """en: 'jailed for life for the attack on X' (a noun of violence in the 'for' phrase of the sentence)."""
    text = "A British man was jailed for life for the attack on a police officer."
    assert ("ASSAULT", "GBRCVL", "GBRCOP") in _coded(pipeline_events(pipeline, text, "en"))


@pytest.mark.parametrize(("text", "triple"), [
    ("Slovenská vláda schválila vyslání 50 vojáků na pomoc Maďarsku.", ("AID", "SVKGOV", "HUN")),
    ("Francie poslala vojáky do Mali na pomoc tamní vládě v boji s ozbrojenci.", ("AID", "FRA", "MLIGOV")),
    ("Česko vyslalo hasiče na pomoc Řecku.", ("AID", "CZE", "GRC")),
])
def test_troops_sent_to_help_a_state_aid_it_cs(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    """People sent 'na pomoc' a state help it (AID), also under a verbal noun ('schválila vyslání'), not MOBILIZE."""
    evs = pipeline_events(pipeline, text, "cs")
    assert triple in _coded(evs)
    assert all(e.type != "MOBILIZE" for e in evs)


def test_troops_sent_to_a_border_stay_a_deployment_cs(pipeline: Pipeline) -> None:
    """Without 'na pomoc' a deployment stays MOBILIZE."""
    for text in ("Vláda schválila vyslání 150 vojáků do Polska.", "Rusko vyslalo vojáky k hranici s Ukrajinou."):
        assert {e.type for e in pipeline_events(pipeline, text, "cs")} == {"MOBILIZE"}, text


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Ministerstvo zdravotnictví vydalo školám doporučení, aby žáci nosili roušky.", "cs",
     ("REQUEST", "CZEGOV", "CZEEDU")),
    ("The Czech health ministry issued recommendations to schools that pupils should wear masks.", "en",
     ("REQUEST", "CZEGOV", "CZEEDU")),
])
def test_recommendations_given_to_someone_ask_them(pipeline: Pipeline, text: str, lang: str,
                                                   triple: tuple[str, str, str]) -> None:
    """Recommendations issued to a named addressee are a request of it (as 'recommended that')."""
    assert triple in _coded(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Ministerstvo vydalo doporučení k očkování.", "cs"),
    ("Lékař mi dal doporučení na vyšetření.", "cs"),
    ("My former boss gave me a recommendation for the job.", "en"),
])
def test_recommendations_without_addressee_or_for_a_job_code_nothing(pipeline: Pipeline, text: str, lang: str) -> None:
    """No named addressee, or a reference letter: no request."""
    assert all(e.type != "REQUEST" for e in pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("text", "target"), [
    ("Turecko otevřelo hranice s Řeckem pro migranty.", "GRC"),
    ("Polsko otevřelo hranice pro ukrajinské uprchlíky.", "UKRREF"),
])
def test_border_opened_with_a_state_targets_it_cs(pipeline: Pipeline, text: str, target: str) -> None:
    """A border opened with a state eases on that state; without one, on those let in."""
    evs = pipeline_events(pipeline, text, "cs")
    assert [(e.type, e.target.code if e.target else None) for e in evs] == [("RETREAT", target)]
