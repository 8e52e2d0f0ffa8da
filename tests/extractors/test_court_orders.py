"""Court orders and appeals (session 12, from wmt-dev3 business/court news): a court ordering a party to pay finds it
liable (SANCTION 116, PLOVER convict; entry key 'complement': the infinitive licenses the entry, its dative is the
payee); an appeal against a verdict is addressed to the court that gave it (extractors/appeals.py); declaring a state
of emergency is 1724 on the own population. Hand-made sentences."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline


def _coded(evs):  # type: ignore[no-untyped-def]
    return {(e.type, e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "lang"), [
    ("Americký soud nařídil německé firmě Bayer zaplatit manželům z Kalifornie dvě miliardy dolarů.", "cs"),
    ("A California jury ordered Bayer to pay a local couple $2 billion in damages.", "en"),
])
def test_court_orders_a_court_ordering_a_firm_to_pay_finds_it_liable(pipeline: Pipeline, text: str, lang: str) -> None:
    evs = pipeline_events(pipeline, text, lang)
    assert [(e.type, e.cameo, e.target.code if e.target else None) for e in evs] == [("SANCTION", "116", "DEUBUS")]


def test_court_orders_ordering_something_else_stays_a_demand(pipeline: Pipeline) -> None:
    """Only the listed infinitives license the liability entry: 'ordered them to leave' is a demand (or expulsion)."""
    evs = pipeline_events(pipeline, "The judge ordered the protesters to release the hostages.", "en")
    assert all(e.cameo != "116" for e in evs)


@pytest.mark.parametrize(("text", "lang"), [
    ("Americký soud nařídil firmě Bayer zaplatit odškodné. Bayer se proti rozsudku odvolal.", "cs"),
    ("A US jury ordered Bayer to pay damages. Bayer is contesting the verdict.", "en"),
])
def test_court_orders_an_appeal_against_the_verdict_targets_the_court(pipeline: Pipeline, text: str, lang: str) -> None:
    evs = [e for e in pipeline_events(pipeline, text, lang) if e.type == "REJECT"]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("DEUBUS", "USAJUD")]


def test_court_orders_a_refusal_naming_no_decision_takes_no_court(pipeline: Pipeline) -> None:
    """Nothing decided is named ('odmítl nabídku'): the court of the previous sentence is not the target."""
    evs = pipeline_events(pipeline, "Soud případ projednal v pondělí. Ruská firma odmítla nabídku ministerstva.", "cs")
    assert all(not (e.target and e.target.code and e.target.code.endswith("JUD")) for e in evs)


def test_court_orders_a_state_of_emergency_is_imposed_on_the_own_population(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Etiopská vláda v pondělí vyhlásila výjimečný stav.", "cs")
    assert ("COERCE", "ETH", "ETH") in country_triples(evs) and any(e.cameo == "1724" for e in evs)


def test_court_orders_a_time_phrase_inside_the_passive_keeps_its_subject(pipeline: Pipeline) -> None:
    """'was on Friday convicted': the parser hangs the participle on 'was' (repair._split_passive); the subject is
    the convicted party, the court the home state's (custody passive)."""
    text = "The Pakistani minister was on Friday convicted of fraud by a Pakistani court."
    assert ("SANCTION", "PAK", "PAK") in country_triples(pipeline_events(pipeline, text, "en"))
    text = "The Pakistani minister was yesterday arrested by the Pakistani police."
    evs = pipeline_events(pipeline, text, "en")
    assert [(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("COERCE", "PAKCOP", "PAKGOV")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Žena událost oznámila na linku tísňového volání policie.", "cs"),
    ("Krádež nahlásil majitel obchodu policii.", "cs"),
    ("The Czech woman reported the theft to the Czech police.", "en"),
])
def test_court_orders_reporting_a_crime_to_the_police_is_judicial_cooperation(
        pipeline: Pipeline, text: str, lang: str) -> None:
    assert [(e.type, e.cameo) for e in pipeline_events(pipeline, text, lang)] == [("COOPERATE", "063")]


def test_court_orders_the_police_announcing_something_is_no_report_to_itself(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Policie oznámila, že muže zadržela.", "cs")
    assert [e.type for e in evs] == ["COERCE"]


def test_court_orders_a_foreign_actor_in_a_clause_of_cause_is_no_target_of_the_measure(pipeline: Pipeline) -> None:
    """'Protože nezískal peníze od mexické vlády, vyhlásil ...': Mexico is in the reason, not under the emergency."""
    text = "Protože nezískal peníze od mexické vlády, vyhlásil americký prezident nouzový stav."
    assert ("COERCE", "USA", "USA") in country_triples(pipeline_events(pipeline, text, "cs"))
