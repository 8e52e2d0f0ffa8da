"""English events coded with the PETRARCH-2-derived lexicon (data/en/verbs.json) on hand-made sentences."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_events_en_light_verb_object_with_preposition_target(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "The European Union imposed sanctions on Belarus.")
    assert e.cameo == "163" and e.target is not None and e.target.code == "BLR"
    assert e.rule and e.rule.startswith("en-kr-impose")


def test_events_en_multiword_verb_call_on_codes_an_appeal(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Germany called on Russia to withdraw its troops.")
    assert ("REQUEST", "DEU", "RUS") in triples(evs)


def test_events_en_particle_entry_call_off_talks(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ukraine called off talks with Russia.")
    assert triples(evs) == {("SANCTION", "UKR", "RUS")}
    assert evs[0].cameo == "164"


def test_events_en_expelling_diplomats_is_sanction(pipeline: Pipeline) -> None:
    evs = events(pipeline, "France expelled two Russian diplomats.")
    assert triples(evs) == {("SANCTION", "FRA", "RUS")}


def test_events_en_aid_recipient_is_indirect_object(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Britain gave Kenya food aid.")
    assert triples(evs) == {("AID", "GBR", "KEN")}


def test_events_en_aid_without_recipient_is_dropped(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "text": "Poland sent aid.", "lang": "en"})
    assert doc.events == []
    assert any(d.get("reason", "").startswith("entry needs a target") for d in doc.meta["events_dropped"])


def test_events_en_agreeing_is_agree_and_mutual(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Russia and China agreed to cooperate.")
    assert {("AGREE", "RUS", "CHN"), ("AGREE", "CHN", "RUS")} <= triples(evs)


def test_events_en_rejecting_a_proposal(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Iran rejected the proposal.")
    assert triples(evs) == {("REJECT", "IRN", "-")}


def test_events_en_beat_up_is_physical_assault(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Israeli soldiers beat up Palestinian protesters.")
    assert e.type == "ASSAULT" and e.cameo == "182"
    assert e.source is not None and (e.source.code or "").startswith("ISR")


def test_events_en_according_to_is_not_cooperation(pipeline: Pipeline) -> None:
    evs = events(pipeline, "According to Ukraine, Russia attacked Kyiv.")
    assert "COOPERATE" not in {e.type for e in evs}
    assert ("ASSAULT", "RUS", "UKR") in triples(evs)


def test_events_en_figurative_bare_verbs_code_nothing(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Germany beat France and Spain hoped for a better result.")
    assert evs == []


def test_events_en_received_criticism_swaps_roles(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Russia faced criticism from the United States.")
    assert triples(evs) == {("ACCUSE", "USA", "RUS")}


def test_events_en_missiles_fired_at_a_state(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Russia fired missiles at Ukraine.")
    assert (e.type, e.cameo) == ("ASSAULT", "195") and e.target is not None and e.target.code == "UKR"


def test_events_en_talking_to_reporters_is_no_consultation(pipeline: Pipeline) -> None:
    assert events(pipeline, "The French minister spoke to reporters.") == []
    assert ("CONSULT", "RUS", "FRA") in triples(events(pipeline, "Putin spoke with Macron by phone."))


def test_events_en_talked_to_a_leader_consults_him(pipeline: Pipeline) -> None:
    """'talked to' is 'spoke to': a consultation of a leader, an interview when the hearers are the press."""
    assert ("CONSULT", "FRA", "UKR") in triples(events(pipeline, "Macron talked to Zelenskiy on Saturday."))
    assert events(pipeline, "The minister talked to reporters in Brussels.") == []


def test_events_en_voiced_support_for_x_targets_x_not_the_owner(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The German chancellor voiced Germany's support for Poland.")
    assert triples(evs) == {("SUPPORT", "DEU", "POL")}


def test_events_en_cooperating_with_x_is_cooperate(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Poland cooperated fully with Germany.")
    assert triples(evs) == {("COOPERATE", "POL", "DEU")}


def test_events_en_military_exercises_are_mobilize_handing_over_is_cooperation(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Russia held military exercises near the Ukrainian border.")) == {
        ("MOBILIZE", "RUS", "UKR")}
    assert triples(events(pipeline, "Spain handed over the suspect to Russia.")) == {("COOPERATE", "ESP", "RUS")}
    assert triples(events(pipeline, "French and Egyptian warships launched war games.")) == {
        ("COOPERATE", "FRA", "EGY"), ("COOPERATE", "EGY", "FRA")}


def test_events_en_indictment_is_an_accusation(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Germany indicted the Polish minister.")
    assert triples(evs) == {("ACCUSE", "DEU", "POL")} and evs[0].cameo == "112"


def test_events_en_being_opposed_to_x_is_a_rejection_by_the_subject(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Israel is opposed to French mediation.")
    assert triples(evs) == {("REJECT", "ISR", "FRA")}


def test_events_en_a_phone_call_is_a_consultation_both_ways(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The German chancellor telephoned the Polish prime minister.")
    assert triples(evs) == {("CONSULT", "DEU", "POL"), ("CONSULT", "POL", "DEU")}
