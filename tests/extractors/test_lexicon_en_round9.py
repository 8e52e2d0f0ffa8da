"""English lexicon round 9 (recall audit of unseen ordinary news): being in touch, fundraising, summoning police."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_lexicon_en_round9_being_in_touch_with_someone_is_consulting_them(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "The British police have been in touch with the family since the beginning.")
    assert (e.type, e.source and e.source.code, e.target and e.target.code) == ("CONSULT", "GBRCOP", "GBRCVL")
    assert triples(events(pipeline, "The American school is in communication with the family.")) == {
        ("CONSULT", "USA", "USA")}


def test_lexicon_en_round9_a_touch_or_physical_contact_is_no_consultation(pipeline: Pipeline) -> None:
    assert events(pipeline, "The British team added a touch of class to the final.") == []
    assert events(pipeline, "The Czech doctor came into contact with infected Czech patients.") == []


def test_lexicon_en_round9_raising_money_for_someone_is_aid_to_them(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "British fans raised money for the British protesters.")
    assert (e.type, e.cameo, e.target and e.target.code) == ("AID", "071", "GBROPP")
    assert events(pipeline, "The British company raised money for a new factory.") == []


def test_lexicon_en_round9_calling_police_to_the_scene_summons_them(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "British police were called to the scene by the ambulance service.")
    assert (e.type, e.source and e.source.code, e.target and e.target.code) == ("REQUEST", "GBRHLH", "GBRCOP")
    (e,) = events(pipeline, "British paramedics called police to the scene.")
    assert (e.type, e.source and e.source.code, e.target and e.target.code) == ("REQUEST", "GBRHLH", "GBRCOP")


def test_lexicon_en_round9_emergency_services_are_actors_of_the_home_country(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "lang": "en", "text": "Czech rescuers found the injured tourists. "
                    "The Czech ambulance service called Czech police. Czech firefighters came too."})
    codes = {m.text: m.code for m in doc.mentions}
    assert codes["Czech rescuers"] == "CZEGOV" and codes["Czech ambulance service"] == "CZEHLH"


def test_lexicon_en_round9_being_given_a_sentence_is_legal_action(pipeline: Pipeline) -> None:
    text = "The trial of a British man took place in London. The British man lives in Manchester, Britain. "
    doc = pipeline({"id": "t", "lang": "en", "text": text + "The woman was given a suspended sentence by the court."})
    assert [(e.type, e.cameo, e.source and e.source.code, e.target and e.target.code) for e in doc.events] == [
        ("COERCE", "173", "GBRJUD", "GBRCVL")]
    doc = pipeline({"id": "t", "lang": "en", "text": text + "The woman was given a 12-week suspended sentence."})
    assert triples(doc.events) == {("COERCE", "GBR", "GBR")}  # agentless: the home's custody passive
    doc = pipeline({"id": "t", "lang": "en", "text": text + "The British team was given a penalty in the second half."})
    assert doc.events == []


def test_lexicon_en_round9_booing_or_heckling_someone_is_disapproval(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "British protesters heckled the British minister.")
    assert (e.type, e.cameo, e.source and e.source.code, e.target and e.target.code) == (
        "ACCUSE", "111", "GBROPP", "GBRGOV")
    assert triples(events(pipeline, "The British crowd booed the British prime minister.")) == {
        ("ACCUSE", "GBR", "GBR")}


_HOME = "The trial of a British man took place in London. The British man lives in Manchester, Britain. "


def test_lexicon_en_round9_figurative_or_event_objects_are_no_seizure_or_visit(pipeline: Pipeline) -> None:
    for text in ("The funeral was hijacked by the British Army.", "The British officials are usurping the funeral.",
                 "Britain will host the Olympic Games in 2032.", "Attacks may dampen the British kingdom's appeal "
                 "to holidaymakers.", "They also examined the area.", "Questioned about the study, the British "
                 "researcher smiled."):
        assert pipeline({"id": "t", "lang": "en", "text": _HOME + text}).events == [], text
    assert triples(events(pipeline, "British pirates hijacked a French ship.")) == {("COERCE", "GBR", "FRA")}
    assert triples(events(pipeline, "The British prime minister hosted the French president.")) == {
        ("CONSULT", "GBR", "FRA")}


def test_lexicon_en_round9_named_questioning_and_appeals_stay(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "British police questioned the British driver.")) == {("ACCUSE", "GBR", "GBR")}
    assert triples(events(pipeline, "British police examined the British suspect.")) == {("ACCUSE", "GBR", "GBR")}
    (e,) = events(pipeline, "The British police's appeal to the British public for information.")
    assert (e.type, e.source and e.source.code, e.target and e.target.code) == ("REQUEST", "GBRCOP", "GBRCVL")


def test_lexicon_en_round9_a_reward_for_information_is_an_appeal(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "The British police offered a reward for information.")
    assert (e.type, e.cameo, e.source and e.source.code) == ("REQUEST", "0214", "GBRCOP")


def test_lexicon_en_round9_a_disciplinary_committee_is_no_state_organ(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "lang": "en", "text": "The Czech league's disciplinary committee banned the Czech "
                    "striker. The Czech government's committee met."})
    codes = {m.text: m.code for m in doc.mentions}
    assert codes["Czech league's disciplinary committee"] == "CZENGO"  # the league is a body (NGO) too
    assert codes["Czech government's committee"] == "CZEGOV"


def test_lexicon_en_round9_an_arrest_warrant_is_legal_action_not_a_demand(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "A British court issued an arrest warrant for the British minister.")
    assert (e.type, e.cameo, e.source and e.source.code, e.target and e.target.code) == (
        "COERCE", "173", "GBRJUD", "GBRGOV")
    assert triples(events(pipeline, "The British council issued an order to the British residents.")) == {
        ("REQUEST", "GBR", "GBR")}


def test_lexicon_en_round9_offering_congratulations_or_apologies_is_the_act_itself(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "The British minister offered his apologies to the British families.")
    assert (e.type, e.cameo, e.target and e.target.code) == ("SUPPORT", "055", "GBRCVL")
    (e,) = events(pipeline, "The British minister offered his congratulations to the French ambassador.")
    assert (e.type, e.cameo) == ("SUPPORT", "051")
    assert triples(events(pipeline, "Britain offered France help.")) == {("AGREE", "GBR", "FRA")}
