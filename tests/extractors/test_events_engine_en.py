"""The events engine on English sentences with a tiny inline lexicon (the engine, not the en lexicon)."""

from __future__ import annotations

import pytest
from events_support import parse, run, triples

from kronika.extractors import events as events_mod
from kronika.extractors.lexicon import Lexicon, load
from kronika.model import Event

LEXICON = {"verbs": [
    {"lemma": "attack", "cameo": "190", "target": ["obj"], "id": "t-attack"},
    {"lemma": "impose", "object": ["sanction"], "cameo": "163", "target": ["obl:on", "obl:against"], "id": "t-impose"},
    {"lemma": "call", "particle": "on", "cameo": "020", "target": ["obj", "obl:on"], "id": "t-call-on"},
    {"lemma": "meet", "cameo": "040", "target": ["obl:with", "obj"], "id": "t-meet"},
    {"lemma": "criticize", "cameo": "111", "target": ["obj"], "id": "t-criticize"},
    {"lemma": "reject", "object": ["request", "demand"], "cameo": "120", "target": ["nmod:by"], "id": "t-reject"},
    {"lemma": "demand", "cameo": "100", "target": ["obj"], "id": "t-demand"},
]}


@pytest.fixture(autouse=True)
def inline_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use the inline lexicon with the real English event grammar."""
    grammar = load("en").grammar
    monkeypatch.setattr(events_mod, "load", lambda lang: Lexicon(lang, LEXICON, grammar))


def ev(text: str) -> list[Event]:
    return run(parse(text, "en")).events


def test_events_engine_en_subject_object_and_negation() -> None:
    evs = ev("Russia did not attack Ukraine.")
    assert triples(evs) == {("ASSAULT", "RUS", "UKR")} and evs[0].negated


def test_events_engine_en_object_noun_and_preposition_target_with_future() -> None:
    evs = ev("The US will impose sanctions on Iran.")
    assert triples(evs) == {("THREATEN", "USA", "IRN")} and evs[0].future and evs[0].cameo == "1312"


def test_events_engine_en_passive_agent_is_source() -> None:
    assert triples(ev("Ukraine was attacked by Russia.")) == {("ASSAULT", "RUS", "UKR")}


def test_events_engine_en_particle_parsed_as_preposition() -> None:
    assert triples(ev("China called on Russia to withdraw.")) == {("REQUEST", "CHN", "RUS")}


def test_events_engine_en_according_to_is_attribution() -> None:
    att = ev("According to the UN, Russia attacked Ukraine.")[0].attributed_to
    assert att is not None and att.code == "IGOUNO"


def test_events_engine_en_modal_could_is_hypothetical() -> None:
    evs = ev("Russia could attack Poland.")
    assert evs[0].hypothetical and not evs[0].negated


def test_events_engine_en_compound_meeting_is_mutual() -> None:
    assert triples(ev("Germany and Poland met on Monday.")) == {("CONSULT", "DEU", "POL"), ("CONSULT", "POL", "DEU")}


def test_events_engine_en_owner_of_rejected_request_is_target() -> None:
    assert triples(ev("Israel rejected China's request.")) == {("REJECT", "ISR", "CHN")}


def test_events_engine_en_demand_targets_complement_subject() -> None:
    assert triples(ev("The US demanded that Iran stop enrichment.")) == {("REQUEST", "USA", "IRN")}


def test_events_engine_en_pronoun_subject_uses_previous_sentence() -> None:
    assert triples(ev("Israel spoke yesterday. It criticized Iran.")) == {("ACCUSE", "ISR", "IRN")}


def test_events_engine_en_threatened_act_is_the_threat_target_not_an_event() -> None:
    LEXICON["verbs"].append({"lemma": "threaten", "cameo": "130", "target": ["obj"], "id": "t-threaten"})
    try:
        assert triples(ev("Iran threatened to attack Israel.")) == {("THREATEN", "IRN", "ISR")}
    finally:
        LEXICON["verbs"].pop()


def test_events_engine_en_participle_after_passive_takes_the_agent() -> None:
    evs = ev("Ukraine was attacked by Russia, attacking Poland too.")
    assert ("ASSAULT", "RUS", "POL") in triples(evs)


def test_events_engine_en_reported_obligation_is_a_demand() -> None:
    evs = ev("China said that Russia must attack Ukraine.")
    assert triples(evs) == {("REQUEST", "CHN", "RUS")} and evs[0].cameo == "100"


def test_events_engine_en_two_actors_on_one_head_are_compound() -> None:
    doc = parse("Germany and Poland met.", "en")
    germany = next(m for m in doc.mentions if m.code == "DEU")
    poland = next(m for m in doc.mentions if m.code == "POL")
    doc.mentions = [germany, type(poland)(poland.start, poland.end, poland.text, poland.span, poland.code,
                                           poland.name, poland.kind, germany.head)]
    assert triples(run(doc).events) == {("CONSULT", "DEU", "POL"), ("CONSULT", "POL", "DEU")}
