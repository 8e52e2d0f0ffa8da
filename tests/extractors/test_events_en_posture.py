"""English events on patterns of unseen news (issue 4): military posture, legal process and word sense
(verbs_extra.json entries, full pipeline with real actor resolution)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_events_en_posture_deploying_jets_or_carriers_is_mobilization(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "NATO deployed additional fighter jets to Lithuania.")) == {
        ("MOBILIZE", "IGONAT", "LTU")}
    assert triples(events(pipeline, "Russia has stationed nuclear weapons in Belarus.")) == {("MOBILIZE", "RUS", "BLR")}


def test_events_en_posture_troops_gathering_near_a_border(pipeline: Pipeline) -> None:
    evs = events(pipeline, "About 100,000 Russian troops have gathered near Ukraine's border.")
    assert triples(evs) == {("MOBILIZE", "RUS", "UKR")} and evs[0].cameo == "154"


def test_events_en_posture_troops_arriving_for_exercises(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Thousands of Russian troops arrived in Belarus for joint exercises.")
    assert triples(evs) == {("MOBILIZE", "RUS", "BLR")}


def test_events_en_posture_incursions_into_airspace_or_waters(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Chinese warships entered Japanese waters.")) == {("MOBILIZE", "CHN", "JPN")}
    assert triples(events(pipeline, "China sent warplanes into Taiwan's air defence zone.")) == {
        ("MOBILIZE", "CHN", "TWN")}


def test_events_en_posture_scrambling_jets(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Japanese jets scrambled to intercept Chinese aircraft.")
    assert ("MOBILIZE", "JPN", "-") in triples(evs)


def test_events_en_posture_submitting_a_request_is_a_request(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Ukraine submitted an extradition request to Russia.")) == {
        ("REQUEST", "UKR", "RUS")}
    assert triples(events(pipeline, "Poland made a formal request to Germany for the return of the paintings.")) == {
        ("REQUEST", "POL", "DEU")}


def test_events_en_posture_questioning_a_person_is_investigation(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Russian investigators questioned the American diplomat.")
    assert (e.type, e.cameo, e.target and e.target.code) == ("ACCUSE", "090", "USAGOV")


def test_events_en_posture_withdrawing_from_a_deal_is_rejection(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Poland withdrew from the deal with Germany.")
    assert triples(evs) == {("REJECT", "POL", "DEU")}


def test_events_en_posture_refusing_entry_is_rejection(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Hungary refused entry to Ukrainian officials.")
    assert triples(evs) == {("REJECT", "HUN", "UKR")}


def test_events_en_posture_releasing_a_document_is_no_release_of_captives(pipeline: Pipeline) -> None:
    assert events(pipeline, "Moscow released a transcript of the call with Germany.") == []
    evs = events(pipeline, "Iran released two British prisoners.")
    assert [e.type for e in evs] == ["RETREAT"]


def test_events_en_posture_committing_offences_is_no_attack(pipeline: Pipeline) -> None:
    assert events(pipeline, "The two men committed offences against the state.") == []


def test_events_en_posture_a_date_is_not_the_entry_preposition(pipeline: Pipeline) -> None:
    # 'attack on' (a swap entry: 'came under attack on X') must not take 'on Monday'
    evs = events(pipeline, "Russia attacked Ukraine on Monday.")
    assert triples(evs) == {("ASSAULT", "RUS", "UKR")}


def test_events_en_posture_verbal_attack_in_a_speech_is_criticism(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Putin attacked the West in his annual address.")
    assert triples(evs) == {("ACCUSE", "RUS", "WST")}
    evs = events(pipeline, "Russia attacked Ukraine with missiles.")
    assert triples(evs) == {("ASSAULT", "RUS", "UKR")}


def test_events_en_posture_court_appearance_accuses_the_defendant(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Two Russian nationals appeared in a Prague court on Monday.")
    assert (e.type, e.source and e.source.code, e.target and e.target.code) == ("ACCUSE", "CZEJUD", "RUSCVL")


def test_events_en_posture_led_away_by_police_is_detention(pipeline: Pipeline) -> None:
    evs = events(pipeline, "In Moscow, several protesters were led away by police.")
    assert [(e.type, e.cameo) for e in evs] == [("COERCE", "173")]


def test_events_en_posture_taking_part_in_a_protest(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Thousands of Russian students took part in a protest against the government.")
    assert {e.type for e in evs} == {"PROTEST"}


def test_events_en_posture_wanting_another_to_act_is_a_demand(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Iran wants the United States to lift sanctions.")
    assert triples(evs) == {("REQUEST", "IRN", "USA")}  # the lifting has not happened
    evs = events(pipeline, "Iran wants to negotiate with the United States.")
    assert triples(evs) == {("AGREE", "IRN", "USA")}  # its own wish stays an intent


def test_events_en_posture_discussed_or_prevented_acts_did_not_happen(pipeline: Pipeline) -> None:
    evs = events(pipeline, "EU foreign ministers discussed lifting sanctions on Belarus.")
    assert triples(evs) == {("CONSULT", "IGOEUR", "IGOEUR")}  # only the ministers' own talks, no lifting
    assert events(pipeline, "Russia prevented Ukraine from completing the withdrawal.") == []
    evs = events(pipeline, "Russia kept shelling Ukrainian cities.")
    assert triples(evs) == {("ASSAULT", "RUS", "UKR")}  # 'keep' + xcomp continues the act


def test_events_en_posture_they_after_a_media_report_is_the_reported_actors(pipeline: Pipeline) -> None:
    text = ("Poland and Hungary vetoed the budget, the Financial Times reported. "
            "They also criticised Germany.")
    evs = [e for e in events(pipeline, text) if e.type == "ACCUSE"]
    assert triples(evs) == {("ACCUSE", "POL", "DEU"), ("ACCUSE", "HUN", "DEU")}


def test_events_en_posture_possessive_owner_of_a_named_office_is_the_source(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Hradec Kralove Regional Prosecutor's Office charged the Czech student with murder.")
    assert triples(evs) == {("ACCUSE", "CZE", "CZE")}
    assert evs[0].source is not None and evs[0].source.code == "CZEJUD"


def test_events_en_posture_violating_a_ceasefire_is_an_attack(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Russia violated the ceasefire in eastern Ukraine.")
    assert triples(evs) == {("ASSAULT", "RUS", "UKR")} and evs[0].cameo == "196"


def test_events_en_posture_troops_on_alert(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Israeli troops remained on alert in the occupied West Bank today.")
    assert triples(evs) == {("MOBILIZE", "ISR", "PSE")}
    assert events(pipeline, "The government remained on course to win the vote.") == []


def test_events_en_posture_firing_shells_at_a_target_is_an_attack(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Israeli tanks fired four shell bombs at targets in the city.")
    assert [(e.type, e.cameo) for e in evs] == [("ASSAULT", "194")]


def test_events_en_posture_fighting_a_problem_is_no_attack(pipeline: Pipeline) -> None:
    assert events(pipeline, "Saudi Arabia battles high youth unemployment.") == []
    assert events(pipeline, "The police demonstrated ethical behaviour.") == []
    assert triples(events(pipeline, "Russia attacked Ukraine.")) == {("ASSAULT", "RUS", "UKR")}


def test_events_en_posture_a_meeting_needs_a_counterpart(pipeline: Pipeline) -> None:
    assert events(pipeline, "The French minister met in Paris on Monday.") == []
    evs = events(pipeline, "Germany and France met in Paris on Monday.")
    assert triples(evs) == {("CONSULT", "DEU", "FRA"), ("CONSULT", "FRA", "DEU")}
    assert triples(events(pipeline, "The French president met Joe Biden in Paris.")) == {("CONSULT", "FRA", "USA")}


def test_events_en_posture_declining_to_press_charges_targets_the_accused(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Federal authorities declined to pursue civil rights charges against Sacramento police "
                           "officers.")
    assert triples(evs) == {("REJECT", "USA", "USA")}
    assert evs[0].target is not None and evs[0].target.code == "USACOP"
    assert events(pipeline, "The White House removed the transcript from the computer system.") == []


def test_events_en_posture_calling_someone_names_is_no_phone_call(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Biden called Putin a killer.")) == {("ACCUSE", "USA", "RUS")}  # name-calling
    assert triples(events(pipeline, "Biden called Putin on Tuesday.")) == {("CONSULT", "USA", "RUS")}


def test_events_en_posture_news_verbs_without_petrarch_entries(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The US designated the Houthis a terrorist organization.")
    assert triples(evs) == {("ACCUSE", "USA", "YEM")}
    evs = events(pipeline, "Israeli forces bulldozed Palestinian homes.")
    assert triples(evs) == {("ASSAULT", "ISR", "PSE")}


def test_events_en_posture_taking_part_in_joint_exercises_is_mutual_cooperation(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Greece participated in military exercises with France.")
    assert triples(evs) == {("COOPERATE", "GRC", "FRA"), ("COOPERATE", "FRA", "GRC")}
    assert events(pipeline, "The students took part in a chess game.") == []


def test_events_cs_posture_troops_kept_on_alert(pipeline: Pipeline) -> None:
    """cs 'v pohotovosti' as en 'on alert'; 'na pohotovosti' is the emergency ward, no posture."""
    evs = events(pipeline, "Izraelská armáda zůstává na Západním břehu v pohotovosti.", "cs")
    assert [(e.type, e.cameo, e.source.code if e.source else None) for e in evs] == [("MOBILIZE", "152", "ISRMIL")]
    evs = events(pipeline, "Ruská armáda drží jednotky u hranic s Ukrajinou v nejvyšší pohotovosti.", "cs")
    assert ("MOBILIZE", "RUS", "-") in triples(evs)
    assert events(pipeline, "Pacient zůstal na pohotovosti v Brně.", "cs") == []

