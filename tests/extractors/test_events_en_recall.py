"""English event recall on patterns of unseen news: military posture, legal process, light verbs (verbs_extra.json)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_events_en_recall_dispatching_warships_is_deployment(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Russia dispatched warships to Syria.")) == {("MOBILIZE", "RUS", "SYR")}
    assert triples(events(pipeline, "The US redeployed troops to Poland.")) == {("MOBILIZE", "USA", "POL")}


def test_events_en_recall_passive_deployment_source_is_the_troops_owner(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Russian troops were deployed to Belarus.")
    assert (e.type, e.cameo) == ("MOBILIZE", "154")
    assert e.source is not None and e.source.code and e.source.code.startswith("RUS")
    assert e.target is not None and e.target.code == "BLR"


def test_events_en_recall_building_a_military_base_is_posture(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "China built a military base in Cambodia.")) == {("MOBILIZE", "CHN", "KHM")}
    assert triples(events(pipeline, "Russia established a naval base in Syria.")) == {("MOBILIZE", "RUS", "SYR")}


def test_events_en_recall_building_a_customer_base_abroad_is_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "The company built a loyal following in Germany.") == []


def test_events_en_recall_passive_extradition_source_is_from(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The suspect was extradited to the United States from Spain.")
    assert triples(evs) == {("COOPERATE", "ESP", "USA")}


def test_events_en_recall_active_extradition_target_is_the_receiving_state(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Spain extradited a Russian hacker to the United States.")
    assert ("COOPERATE", "ESP", "USA") in triples(evs)


def test_events_en_recall_turning_over_a_suspect_is_judicial_cooperation(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Britain turned over the suspect to Germany.")
    assert (e.cameo, e.source and e.source.code, e.target and e.target.code) == ("063", "GBR", "DEU")


def test_events_en_recall_bringing_charges_and_proceedings_accuse(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ukraine brought charges against two Russian soldiers.")
    assert ("ACCUSE", "UKR", "RUS") in triples(evs)
    evs = events(pipeline, "Russia launched criminal proceedings against the British journalist.")
    assert ("ACCUSE", "RUS", "GBR") in triples(evs)


def test_events_en_recall_bringing_a_case_is_legal_action(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Ukraine brought a case against Russia.")
    assert (e.type, e.cameo, e.target and e.target.code) == ("ACCUSE", "115", "RUS")


def test_events_en_recall_having_talks_is_a_consultation(pipeline: Pipeline) -> None:
    assert ("CONSULT", "GBR", "FRA") in triples(events(pipeline, "Britain had talks with France on Sunday."))


def test_events_en_recall_having_a_baby_is_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "The French minister had a baby with her husband.") == []


def test_events_en_recall_paying_tribute_is_praise(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "South Africa paid tribute to the president of Namibia.")
    assert (e.cameo, e.source and e.source.code, e.target and e.target.code) == ("051", "ZAF", "NAMGOV")


def test_events_en_recall_forging_a_partnership_is_an_agreement(pipeline: Pipeline) -> None:
    evs = events(pipeline, "India forged a strategic partnership with France.")
    assert ("SUPPORT", "IND", "FRA") in triples(evs)
    assert all(e.cameo == "057" for e in evs)


def test_events_en_recall_stepping_up_attacks_is_the_attack_not_a_threat(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Russia stepped up its attacks on Ukrainian cities.")
    assert (e.type, e.cameo, e.source and e.source.code, e.target and e.target.code) == ("ASSAULT", "190", "RUS", "UKR")
    (e,) = events(pipeline, "Israel intensified its airstrikes on Gaza.")
    assert (e.type, e.cameo) == ("ASSAULT", "195")


def test_events_en_recall_stepping_up_criticism_stays_criticism(pipeline: Pipeline) -> None:
    evs = events(pipeline, "China stepped up its criticism of the United States.")
    assert triples(evs) == {("ACCUSE", "CHN", "USA")}


def test_events_en_recall_prolonging_or_tightening_sanctions_is_sanction(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The EU prolonged its sanctions on Russia.")) == {("SANCTION", "IGOEUR", "RUS")}
    assert triples(events(pipeline, "Britain tightened sanctions on Russia.")) == {("SANCTION", "GBR", "RUS")}
    assert triples(events(pipeline, "The US renewed its embargo against Cuba.")) == {("SANCTION", "USA", "CUB")}


def test_events_en_recall_turning_over_a_document_to_an_official_is_cooperation(pipeline: Pipeline) -> None:
    # like 'hand over': the gold codes handing a file to another body COOPERATE (session 6; was judged no event)
    evs = events(pipeline, "The inspector general turned the complaint over to the US intelligence director.")
    assert triples(evs) == {("COOPERATE", "USA", "USA")}
    assert events(pipeline, "The Czech driver turned the car over on the motorway.") == []


def test_events_en_recall_put_under_investigation_in_a_country(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "A US national has been put under investigation in Italy for her role in rioting.")
    assert (e.cameo, e.source and e.source.code, e.target and e.target.code) == ("090", "ITA", "USACVL")


def test_events_en_recall_placed_under_arrest_is_detention(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Ukrainian activist was placed under house arrest in Russia.")
    assert triples(evs) == {("COERCE", "RUS", "UKR")} and evs[0].cameo == "173"
    assert events(pipeline, "The company put its plans under review.") == []


def test_events_en_recall_event_nouns_riot_and_arrest(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Palestinian riots against Israeli military policies are still continuing.")
    assert triples(evs) == {("PROTEST", "PSE", "ISR")} and evs[0].cameo == "145"
    evs = events(pipeline, "Russia warned of the planned deployment of US missiles in Europe.")
    assert not any(e.type == "MOBILIZE" for e in evs)  # a planned deployment is no deployment (noun left out)
    evs = events(pipeline, "The detention of the British citizen by Iran drew criticism.")
    assert triples(evs) == {("COERCE", "IRN", "GBR")} and evs[0].cameo == "173"


def test_events_en_recall_event_noun_inside_a_request_is_not_an_act(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ukraine called for the arrest of Russian officials.")
    assert triples(evs) == {("REQUEST", "UKR", "RUS")}
