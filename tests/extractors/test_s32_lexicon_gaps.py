"""Session 32 lexicon gaps, hand-made sentences through the whole pipeline: a broken ceasefire agreement is a ceasefire
violation (196, ASSAULT), not a defied norm; missiles fired 'směrem k' a country target it; the imperfective passive
'byl napadán' is an attack by someone unnamed like 'byl napaden'; stones thrown during a demonstration are a violent
protest (145), stones thrown at someone an assault."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def _codes(evs: list, trigger: str) -> set[str]:
    return {e.cameo for e in evs if e.trigger and trigger in e.trigger}


def test_cs_broken_ceasefire_agreement_is_a_ceasefire_violation(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ázerbájdžán v noci porušil dohodu o příměří s Arménií.", "cs")
    assert ("ASSAULT", "AZE", "ARM") in triples(evs)
    assert not [e for e in evs if e.type == "REJECT"]


def test_cs_broken_agreement_stays_defiance(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ázerbájdžán porušil dohodu s Arménií.", "cs")
    assert ("REJECT", "AZE", "ARM") in triples(evs)


def test_en_violated_ceasefire_agreement_is_a_ceasefire_violation(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Azerbaijan violated the ceasefire agreement with Armenia on Sunday.")
    assert ("ASSAULT", "AZE", "ARM") in triples(evs)
    assert _codes(evs, "violated") == {"196"}


def test_en_violated_agreement_defies_it(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Russia violated the agreement with Ukraine on grain exports.")
    assert ("REJECT", "RUS", "UKR") in triples(evs)
    assert _codes(evs, "violated") == {"128"}


def test_cs_missiles_fired_towards_a_country_target_it(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Severní Korea v úterý vypálila dvě balistické rakety směrem k Japonsku.", "cs")
    assert ("ASSAULT", "PRK", "JPN") in triples(evs)


def test_cs_imperfective_passive_attack_has_an_unnamed_assailant(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ruští novináři byli v Moskvě opakovaně napadáni.", "cs")
    assert ("ASSAULT", "-", "RUS") in triples(evs)


def test_en_stones_thrown_during_demonstrations_are_a_violent_protest(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Palestinian youths threw stones during demonstrations against the Israeli occupation.")
    assert [e for e in evs if e.type == "PROTEST" and e.cameo == "145"]
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_cs_stones_thrown_during_demonstrations_are_a_violent_protest(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Palestinští mladíci během demonstrací proti izraelské okupaci házeli kameny.", "cs")
    assert [e for e in evs if e.type == "PROTEST" and e.cameo == "145"]
    assert not [e for e in evs if e.type == "ASSAULT"]


def test_cs_stones_thrown_at_soldiers_assault_them(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Palestinští mladíci házeli kameny na izraelské vojáky.", "cs")
    assert ("ASSAULT", "PSE", "ISR") in triples(evs)


def test_en_shot_down_jet_targets_its_owner(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Turkey shot down a Russian jet near the Syrian border on Tuesday.")
    assert ("ASSAULT", "TUR", "RUS") in triples(evs)


def test_en_downed_jet_is_shot_down(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Turkey downed a Russian jet near the border.")
    assert ("ASSAULT", "TUR", "RUS") in triples(evs)


def test_en_fired_missiles_keep_their_maker_apart(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Russia fired North Korean missiles at Ukraine.")
    assert ("ASSAULT", "RUS", "UKR") in triples(evs)
    assert not [e for e in evs if e.target and e.target.code and e.target.code.startswith("PRK")]


def test_cs_used_missiles_keep_their_maker_apart(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Rusko použilo severokorejské rakety proti Ukrajině.", "cs")
    assert ("ASSAULT", "RUS", "UKR") in triples(evs)


def test_cs_cleared_base_is_a_retreat(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ruská armáda vyklidila základnu u Chersonu.", "cs")
    assert [e for e in evs if e.type == "RETREAT" and e.cameo == "0874"]


def test_cs_evacuated_people_stay_aid(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ukrajinská armáda evakuovala civilisty z Bachmutu.", "cs")
    assert not [e for e in evs if e.type == "RETREAT"]


def test_cs_imperfective_passive_crimes_have_an_unnamed_agent(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ukrajinští civilisté byli na okupovaném území unášeni.", "cs")
    assert ("ASSAULT", "-", "UKR") in triples(evs)
