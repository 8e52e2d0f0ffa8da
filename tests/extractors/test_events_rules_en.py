"""Engine rules on English sentences (inline lexicon): refusals from negated agreements, domestic protests,
attacks on a place, and linear quote lookup."""

from __future__ import annotations

import pytest
from events_support import parse, run, triples

from kronika.extractors import events as events_mod
from kronika.extractors.lexicon import Lexicon, load
from kronika.extractors.quote_index import QuoteIndex
from kronika.model import ArgRef, Doc, Event, Mention, Quote

LEXICON = {"verbs": [
    {"lemma": "reach", "object": ["agreement", "deal"], "cameo": "030", "target": ["obl:with"], "id": "t-reach"},
    {"lemma": "accept", "cameo": "0333", "target": ["obj"], "id": "t-accept"},
    {"lemma": "demonstrate", "cameo": "141", "target": ["obl:against"], "id": "t-demonstrate"},
    {"lemma": "explode", "cameo": "183", "target": ["obl:against"], "id": "t-explode"},
    {"lemma": "attack", "cameo": "190", "target": ["obj"], "id": "t-attack"},
    {"lemma": "bomb", "cameo": "195", "target": ["obj"], "id": "t-bomb"},
    {"lemma": "press", "cameo": "100", "target": ["obj"], "id": "t-press"},
    {"lemma": "agree", "cameo": "030", "target": ["obl:with"], "id": "t-agree"},
    {"lemma": "arrest", "cameo": "173", "target": ["obj"], "id": "t-arrest"},
    {"lemma": "charge", "cameo": "112", "target": ["obj"], "needs_target": True, "id": "t-charge"},
    {"lemma": "threaten", "cameo": "130", "target": ["obj", "obl:on", "obl:against"], "id": "t-threaten"},
    {"lemma": "impose", "object": ["curfew"], "cameo": "1723", "target": ["obl:on"], "id": "t-curfew"},
    {"lemma": "withdraw", "cameo": "0874", "target": ["obl:from"], "id": "t-withdraw"},
    {"lemma": "insist", "prep": "on", "cameo": "100", "target": ["obj"], "needs_target": True, "id": "t-insist"},
    {"lemma": "use", "object": ["missile"], "cameo": "195", "target": ["obj", "obl:against"], "id": "t-use"},
    {"lemma": "discuss", "cameo": "040", "target": ["obj", "obl:with"], "id": "t-discuss"},
    {"lemma": "stage", "object": ["demonstration"], "cameo": "141", "target": ["obl:against"], "id": "t-stage"},
    {"lemma": "demand", "cameo": "100", "target": ["obj", "obl:from", "nmod:from"], "id": "t-demand"},
    {"lemma": "protest", "cameo": "140", "target": ["obl:against", "obj"], "id": "t-protest"},
], "nouns": [
    {"lemma": "talk", "cameo": "040", "source": ["nmod:poss", "nmod:between"], "target": ["nmod:with"],
     "needs_target": True, "id": "t-talks"},
]}
# Group nouns the tiny test gazetteer lacks: word -> (code, kind)
GROUPS = {"workers": ("POLLAB", "GRP"), "ministers": ("POLGOV", "GRP"), "Kabul": ("AFG", "GPE"),
          "Iranian": ("IRN", "GPE"), "Reuters": ("GBRMED", "ORG"), "police": ("POLCOP", "GRP")}


@pytest.fixture(autouse=True)
def inline_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the inline lexicon with the real English event grammar."""
    grammar = load("en").grammar
    monkeypatch.setattr(events_mod, "load", lambda lang: Lexicon(lang, LEXICON, grammar))


def with_groups(doc: Doc) -> Doc:
    """Add mentions for the group nouns of GROUPS."""
    for t in doc.tokens:
        if t.text in GROUPS:
            code, kind = GROUPS[t.text]
            doc.mentions.append(Mention(t.i, t.i + 1, t.text, (t.start, t.end), code, t.text, kind, t.i))
    return doc


def ev(text: str) -> list[Event]:
    return run(with_groups(parse(text, "en"))).events


def test_events_rules_en_failed_agreement_is_rejection() -> None:
    evs = ev("Russia failed to reach an agreement with Ukraine.")
    assert triples(evs) == {("REJECT", "RUS", "UKR")} and not evs[0].negated and evs[0].cameo == "120"


def test_events_rules_en_negated_promise_is_rejection() -> None:
    assert triples(ev("Poland said it will not accept Russia.")) == {("REJECT", "POL", "RUS")}


def test_events_rules_en_domestic_protest_targets_own_government() -> None:
    evs = ev("Thousands of workers demonstrated in the capital on Monday.")
    assert triples(evs) == {("PROTEST", "POLLAB", "POLGOV")}
    assert evs[0].target is not None and evs[0].target.span is None and evs[0].target.text == ""


def test_events_rules_en_protest_with_foreign_actor_gets_no_implicit_target() -> None:
    evs = ev("Thousands of workers demonstrated as Germany hosted talks.")
    assert triples(evs) == {("PROTEST", "POLLAB", "-")}


def test_events_rules_en_state_protest_gets_no_implicit_target() -> None:
    assert triples(ev("The ministers demonstrated on Monday.")) == {("PROTEST", "POLGOV", "-")}


def test_events_rules_en_attack_in_a_foreign_place_targets_its_country() -> None:
    assert triples(ev("Russia exploded bombs in Kabul.")) == {("ASSAULT", "RUS", "AFG")}


def test_events_rules_en_conjunct_shares_future_not_negation() -> None:
    evs = ev("Russia will attack Poland and bomb Ukraine.")
    assert {(e.type, e.target.code if e.target else None, e.future) for e in evs} == {
        ("THREATEN", "POL", True), ("THREATEN", "UKR", True)}
    evs = ev("Russia did not attack Poland but bombed Ukraine.")
    assert {(e.target.code if e.target else None, e.negated) for e in evs} == {("POL", True), ("UKR", False)}


def test_events_rules_en_reported_would_is_future_not_condition() -> None:
    evs = ev("Russia said it would attack Poland.")
    assert triples(evs) == {("THREATEN", "RUS", "POL")} and evs[0].future and not evs[0].hypothetical
    assert ev("Russia would attack Poland.")[0].hypothetical


def test_events_rules_en_travel_for_talks_has_the_traveller_as_source() -> None:
    assert triples(ev("Germany came to Warsaw for talks with Russia.")) == {("CONSULT", "DEU", "RUS")}


def test_events_rules_en_the_two_sides_are_the_last_pair() -> None:
    evs = ev("Russia and Ukraine blamed each other. Talks between the two sides failed.")
    assert {("CONSULT", "RUS", "UKR"), ("CONSULT", "UKR", "RUS")} <= triples(evs)


def test_events_rules_en_be_to_is_a_plan() -> None:
    evs = ev("Germany and Poland are to discuss the border.")
    assert triples(evs) == {("AGREE", "DEU", "POL"), ("AGREE", "POL", "DEU")} and all(e.future for e in evs)


def test_events_rules_en_demand_stating_a_protests_purpose_is_part_of_it() -> None:
    evs = ev("Thousands of workers staged demonstrations to demand reforms from Russia.")
    assert triples(evs) == {("PROTEST", "POLLAB", "RUS")}


def test_events_rules_en_maker_of_a_weapon_is_no_target() -> None:
    assert triples(ev("Russia used Iranian missiles.")) == {("ASSAULT", "RUS", "-")}
    assert triples(ev("Russia used Iranian missiles against Ukraine.")) == {("ASSAULT", "RUS", "UKR")}


def test_events_rules_en_reporting_medium_is_no_pronoun_antecedent() -> None:
    assert ev("Reuters reported that they would attack Poland.") == []
    assert ev("Reuters reported the news on Monday. They attacked Poland.") == []
    assert triples(ev("Russia said that they would attack Poland.")) == {("THREATEN", "RUS", "POL")}


def test_events_rules_en_act_under_a_requested_agreement_is_only_requested() -> None:
    assert triples(ev("Germany pressed Poland to agree to attack Russia.")) == {("REQUEST", "DEU", "POL")}


def test_events_rules_en_indefinite_subject_has_no_antecedent() -> None:
    assert ev("Russia attacked Ukraine. Everyone agrees with Poland.") == ev("Russia attacked Ukraine.")


def test_events_rules_en_participle_conjoined_to_a_passive_shares_it() -> None:
    evs = ev("The ministers were arrested and charged by Russia.")
    assert ("ACCUSE", "RUS", "POLGOV") in triples(evs)


def test_events_rules_en_possible_cooperation_is_not_an_event_possible_attack_is_a_threat() -> None:
    assert ev("Poland could reach an agreement with Russia.") == []
    assert triples(ev("Russia could attack Poland.")) == {("THREATEN", "RUS", "POL")}


def test_events_rules_en_threat_targets_the_threatened_acts_target() -> None:
    evs = ev("Germany threatened to attack Russia on the eve of a visit by Iran.")
    assert triples(evs) == {("THREATEN", "DEU", "RUS")}


def test_events_rules_en_threat_targets_the_subject_of_its_condition() -> None:
    evs = ev("Germany threatened to stop the talks unless Russia withdrew.")
    assert triples(evs) == {("THREATEN", "DEU", "RUS")}


def test_events_rules_en_domestic_measure_targets_own_population() -> None:
    evs = ev("The ministers imposed a curfew.")
    assert triples(evs) == {("COERCE", "POLGOV", "POLCVL")} and evs[0].target and evs[0].target.span is None
    assert triples(ev("The ministers imposed a curfew as Russia attacked.")) == {("ASSAULT", "RUS", "-")}


def test_events_rules_en_obligation_through_a_predicate_chain_is_a_demand() -> None:
    assert triples(ev("Poland said that Russia must be ready to withdraw.")) == {("REQUEST", "POL", "RUS")}


def test_events_rules_en_announced_non_retreat_is_a_refusal_to_yield() -> None:
    evs = ev("Russia will not withdraw from Ukraine.")
    assert triples(evs) == {("REJECT", "RUS", "UKR")} and evs[0].cameo == "124" and not evs[0].negated


def test_events_rules_en_demand_noun_clause_subject_is_the_target() -> None:
    assert triples(ev("Poland insisted on its demand that Russia pay compensation.")) == {("REQUEST", "POL", "RUS")}


def test_events_rules_en_police_force_without_target_is_used_on_own_population() -> None:
    assert triples(ev("The police attacked on Monday.")) == {("ASSAULT", "POLCOP", "POLCVL")}
    assert triples(ev("Russia attacked on Monday.")) == {("ASSAULT", "RUS", "-")}
    assert triples(ev("The police attacked as Germany watched.")) == {("ASSAULT", "POLCOP", "-")}


def test_events_rules_en_conjunct_of_a_condition_is_conditional_too() -> None:
    evs = ev("Germany will attack Russia unless Poland reached an agreement with Ukraine and accepted Iran.")
    assert {e.type for e in evs} == {"THREATEN"}


def test_events_rules_en_clause_on_a_demand_noun_is_only_demanded() -> None:
    assert triples(ev("Germany repeated its demand that Russia attack Poland.")) == set()
    assert triples(ev("Germany said that Russia attacked Poland.")) == {("ASSAULT", "RUS", "POL")}


def test_events_rules_en_protest_purpose_protest_folds_and_own_state_protest_is_kept() -> None:
    evs = ev("Thousands of workers staged demonstrations to protest against Russia.")
    assert triples(evs) == {("PROTEST", "POLLAB", "RUS")}


def test_events_rules_en_alleged_attack_is_an_accusation_of_its_perpetrator() -> None:
    evs = ev("Germany concluded that Russia had attacked Poland.")
    assert triples(evs) == {("ACCUSE", "DEU", "RUS"), ("ASSAULT", "RUS", "POL")}
    assert triples(ev("Germany said that Russia attacked Poland.")) == {("ASSAULT", "RUS", "POL")}


def test_events_rules_en_quote_index_finds_the_enclosing_quote() -> None:
    sp = ArgRef("RUSGOV", "Putin", "Putin", (0, 5))
    quotes = [Quote("a", (10, 20), True, sp), Quote("b", (30, 60), True, sp), Quote("c", (40, 50), True, None)]
    idx = QuoteIndex(quotes)
    assert idx.at((12, 15)) is quotes[0] and idx.at((41, 45)) is quotes[1] and idx.at((21, 25)) is None
