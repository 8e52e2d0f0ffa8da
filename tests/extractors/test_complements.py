"""Roles across clause boundaries: pronoun subjects of reported clauses, targets inside complement clauses."""

from __future__ import annotations

from events_support import events, parse, run, triples

import kronika
from kronika.model import Mention


def test_complements_reported_pronoun_subject_is_the_reporter() -> None:
    evs = events("Poland said it had attacked Russia.", "en")
    assert triples(evs) == {("ASSAULT", "POL", "RUS")}
    assert evs[0].rule.endswith("+reported-pronoun")


def test_complements_reported_pronoun_through_an_adjective_complement() -> None:
    evs = events("Israel says it is willing to withdraw its troops from Lebanon.", "en")
    assert {(e.type, e.source.code if e.source else "-") for e in evs} == {("AGREE", "ISR")}


def test_complements_embedded_question_pronoun_is_not_the_asker() -> None:
    evs = events("Germany did not confirm whether they attacked Ukraine.", "en")
    assert triples(evs) == set()


def test_complements_threat_target_from_the_complement_clause() -> None:
    evs = events("Iran threatened to attack Israel.", "en")
    assert triples(evs) == {("THREATEN", "IRN", "ISR")}


def test_complements_promise_target_from_a_to_phrase_in_the_complement() -> None:
    evs = events("Germany promised to continue military aid to Ukraine.", "en")
    assert ("AGREE", "DEU", "UKR") in triples(evs)


def test_complements_noun_freed_when_its_verb_codes_nothing() -> None:
    evs = events("She voiced Germany's support for Poland.", "en")
    assert triples(evs) == {("SUPPORT", "DEU", "POL")}


def test_complements_en_noun_trigger_with_possessive_source() -> None:
    # the condemnation names no condemner: ACCUSE with no source (gold '-'), the attack keeps its own actors
    assert triples(events("Russia's attack on Ukraine was condemned.", "en")) == {("ASSAULT", "RUS", "UKR"),
                                                                                 ("ACCUSE", "-", "RUS")}


def test_complements_en_talks_between_the_two_sides_are_mutual() -> None:
    evs = events("Russia and Ukraine reached a deal. Talks between both sides have since been held.", "en")
    assert {("CONSULT", "RUS", "UKR"), ("CONSULT", "UKR", "RUS")} <= triples(evs)


def test_complements_passive_victim_of_an_operation_led_by_an_agent() -> None:
    evs = events("The general was killed in an operation led by Russia.", "en")
    assert {(e.type, e.source.code if e.source else "-") for e in evs} == {("ASSAULT", "RUS")}
    assert evs[0].rule.endswith("+operation-agent")


def test_complements_cs_passive_victim_of_an_operation_led_by_an_instrumental_agent() -> None:
    # Czech violence verbs need a victim (lexicon): the full pipeline resolves the general, the test gazetteer cannot
    doc = kronika.extract("Ukrajinský generál byl zabit při operaci vedené Ruskem.", lang="cs", published="2024-06-18")
    assert triples(doc.events) == {("ASSAULT", "RUS", "UKRMIL")}
    assert doc.events[0].rule.endswith("+operation-agent")


def test_complements_announced_act_with_unless_is_a_threat() -> None:
    evs = events("Germany will withdraw its troops from Poland unless Russia stops the attacks.", "en")
    assert ("THREATEN", "DEU", "POL") in triples(evs)
    assert not any(e.type in {"RETREAT", "CONCEDE"} and e.source and e.source.code == "DEU" for e in evs)


def test_complements_talking_to_the_press_is_no_consultation() -> None:
    doc = parse("Putin spoke to journalists.", "en")
    doc.mentions.append(Mention(3, 4, "journalists", (15, 26), "RUSMED", "journalists", "GRP", 3))
    assert triples(run(doc).events) == set()


def test_complements_resignation_without_a_target_is_self_directed() -> None:
    assert triples(events("Putin resigned on Friday.", "en")) == {("CONCEDE", "RUSGOV", "-")}  # events.SELF_DIRECTED


def test_complements_en_relative_which_stands_for_its_antecedent() -> None:
    assert triples(events("Russia, which attacked Ukraine, was condemned.", "en")) == {("ASSAULT", "RUS", "UKR"),
                                                                                       ("ACCUSE", "-", "RUS")}


def test_complements_withheld_funds_from_x_are_sanction() -> None:
    evs = events("Germany is withholding recovery funds from Poland.", "en")
    assert triples(evs) == {("SANCTION", "DEU", "POL")}


def test_complements_light_verb_subject_is_the_noun_triggers_source() -> None:
    assert triples(events("Poland organized a protest against Russia.", "en")) == {("PROTEST", "POL", "RUS")}


def test_complements_condemned_attack_is_not_the_condemners_attack() -> None:
    assert ("ASSAULT", "POL", "UKR") not in triples(events("Poland condemned the attack on Ukraine.", "en"))


def test_complements_threat_target_under_the_threatened_noun() -> None:
    evs = events("Germany threatened import restrictions against Poland.", "en")
    assert triples(evs) == {("THREATEN", "DEU", "POL")}


def test_complements_rejected_offer_from_x_targets_x() -> None:
    evs = events("Poland rejected a fresh offer from Russia for direct talks.", "en")
    assert triples(evs) == {("REJECT", "POL", "RUS")}


def test_complements_quantity_of_actors_is_the_actor() -> None:
    doc = parse("Thousands of Poles staged protests.", "en")
    doc.mentions.append(Mention(2, 3, "Poles", (13, 18), "POLCVL", "Poles", "GRP", 2))
    assert triples(run(doc).events) == {("PROTEST", "POLCVL", "POLGOV")}


def test_complements_declared_obligation_is_a_request() -> None:
    evs = events("Germany declared on Tuesday that Poland must drop the barriers.", "en")
    assert triples(evs) == {("REQUEST", "DEU", "POL")}


def test_complements_copular_opponent_of_is_reject_by_the_subject() -> None:
    assert triples(events("Poland is a vocal opponent of the pipeline.", "en")) == {("REJECT", "POL", "-")}
    assert triples(events("Russia's opponents met in Paris.", "en")) == set()


def test_complements_protest_target_from_its_purpose_demand() -> None:
    evs = events("Poland staged demonstrations to demand reforms from Germany.", "en")
    assert ("PROTEST", "POL", "DEU") in triples(evs)


def test_complements_demanded_removal_is_a_request_for_leadership_change() -> None:
    evs = events("Russia demanded the removal of Zelenskyj.", "en")
    assert {(e.type, e.cameo) for e in evs} == {("REQUEST", "1041")}


def test_complements_predicate_demonstration_of_commitment_is_no_protest() -> None:
    assert triples(events("These steps are a demonstration of the commitment of Poland.", "en")) == set()


def test_complements_retreat_target_from_its_from_phrase() -> None:
    evs = events("Russia says it is willing to withdraw its troops from Ukraine.", "en")
    assert triples(evs) == {("AGREE", "RUS", "UKR")}


def test_complements_possessive_pronoun_of_an_event_noun_is_the_clause_subject() -> None:
    evs = events("Russia said its invasion of Ukraine was a success.", "en")
    assert triples(evs) == {("ASSAULT", "RUS", "UKR")}
    assert evs[0].rule.endswith("+possessor-pronoun")
    assert ("ASSAULT", "RUS", "UKR") in triples(events("Rusko zdůvodnilo svůj útok na Ukrajinu.", "cs"))


def test_complements_plain_czech_possessive_names_no_source() -> None:
    # a plain 'jeho' is not the subject of its own clause (that would be 'svůj') and often no subject at all
    assert ("ASSAULT", "POL", "UKR") not in triples(events("Polsko kritizovalo jeho útok na Ukrajinu.", "cs"))
    evs = events("Polsko řeklo Rusku, že při jeho útoku hrál alkohol roli.", "cs")
    assert not any(e.type == "ASSAULT" for e in evs)


def test_complements_any_of_its_acts_is_no_act() -> None:
    assert not any(e.type == "ASSAULT" for e in events("Rusko uvedlo, že jakýkoli svůj útok na Polsko vyšetří.", "cs"))
