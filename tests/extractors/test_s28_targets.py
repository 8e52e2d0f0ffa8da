"""Target linking (session 28): a refusal to answer someone's request rejects that request's owner; a subject or
object quantified by a pair word ('both countries', 'obě země') names the pair told before, not one member."""

from __future__ import annotations

from events_support import doc_triples as _triples

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str, lang: str) -> Doc:
    """Parse and code a hand-made text."""
    return pipeline({"text": text, "lang": lang, "published": "2022-03-15"})



def test_refused_to_respond_to_a_demand_rejects_its_owner_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Nově jmenovaný palestinský premiér Ismáíl Haníja odmítl reagovat na požadavek amerického "
                         "prezidenta, aby dodržoval mírové dohody.", "cs")
    assert ("REJECT", "PSE", "USA") in _triples(doc)


def test_refused_to_respond_to_a_demand_rejects_its_owner_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The prime minister of Israel refused to respond to the demand of the American president "
                         "to respect the agreements.", "en")
    assert ("REJECT", "ISR", "USA") in _triples(doc)


def test_refused_act_on_a_thing_that_is_no_request_names_no_owner(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Izraelský premiér odmítl reagovat na projev amerického prezidenta.", "cs")
    assert ("REJECT", "ISR", "-") in _triples(doc)


def test_both_countries_as_subject_are_the_pair_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Rusko a KLDR podepsaly smlouvu. Obě země se dohodly na spolupráci v obraně.", "cs")
    found = _triples(doc)
    assert ("AGREE", "RUS", "PRK") in found and ("AGREE", "PRK", "RUS") in found


def test_both_countries_as_subject_are_the_pair_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Russia and North Korea signed a treaty. Both countries agreed to cooperate on defence.", "en")
    found = _triples(doc)
    assert ("AGREE", "RUS", "PRK") in found and ("AGREE", "PRK", "RUS") in found
    assert ("AGREE", "RUS", "-") not in found


def test_pair_phrase_under_a_noun_stays_background(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The United States and Jordan have agreed upon a new free-trade pact between the two "
                         "countries.", "en")
    found = _triples(doc)
    assert ("AGREE", "USA", "JOR") in found
    assert not any(t[0] == "SUPPORT" for t in found)


def test_threat_of_force_names_its_target_in_the_act_phrase_cs(pipeline: Pipeline) -> None:
    found = _triples(_run(pipeline, "Írán pohrozil útokem na Izrael.", "cs"))
    assert ("THREATEN", "IRN", "ISR") in found
    found = _triples(_run(pipeline, "KLDR pohrozila jaderným úderem proti USA.", "cs"))
    assert ("THREATEN", "PRK", "USA") in found


def test_threat_of_invasion_in_the_instrumental_slip_form_cs(pipeline: Pipeline) -> None:
    assert ("THREATEN", "RUS", "UKR") in _triples(_run(pipeline, "Rusko pohrozilo invazí na Ukrajinu.", "cs"))


def test_threat_of_sanctions_against_a_state_cs(pipeline: Pipeline) -> None:
    found = _triples(_run(pipeline, "Evropská unie pohrozila sankcemi vůči Bělorusku.", "cs"))
    assert ("THREATEN", "IGO", "BLR") in found


def test_threat_phrase_without_an_actor_names_no_target_cs(pipeline: Pipeline) -> None:
    assert not any(t[0] == "THREATEN" for t in _triples(_run(pipeline, "Premiér pohrozil válkou na dvou frontách.",
                                                             "cs")))
