"""English lexicon from the fourth recall audit of unseen ordinary news (auden4): easing, relaxing or lifting rules,
codes, requirements, regulations, controls, curbs and limits is a concession (081), like easing a ban or curfew."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_events_en_recall4_easing_a_code_or_rules_is_a_concession(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Saudi Arabia eased its strict dress code for foreign women.")
    assert [(e.type, e.cameo) for e in evs] == [("CONCEDE", "081")]
    evs = events(pipeline, "Saudi Arabia will ease its strict dress code for foreign women.")  # announced: intent
    assert [(e.type, e.cameo) for e in evs] == [("AGREE", "0351")]
    assert triples(events(pipeline, "The Chinese government relaxed the rules for foreign investors.")) == {
        ("CONCEDE", "CHN", "CHN")}


def test_events_en_recall4_lifting_controls_for_a_named_group_is_a_concession(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Hungary lifted border controls for Austrian drivers.")) == {
        ("CONCEDE", "HUN", "AUT")}


def test_events_en_recall4_easing_a_pain_or_a_thing_is_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "The medicine eased the pain of the British patients.") == []
    assert events(pipeline, "The British athlete lifted the weight above his head.") == []


def test_events_en_recall4_settling_a_lawsuit_with_x_is_an_agreement_with_x(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The British firm settled the lawsuit with the British regulator.")
    assert [(e.cameo, e.target.code if e.target else None) for e in evs] == [("057", "GBRGOV")]


def test_events_en_recall4_settling_without_a_named_party_is_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "The British firm settled the case out of court.") == []


def test_events_en_recall4_inspectors_finding_failings_at_x_criticise_x(pipeline: Pipeline) -> None:
    evs = events(pipeline, "British inspectors found serious failings in the British police force.")
    assert [(e.type, e.cameo) for e in evs] == [("ACCUSE", "111")]
    assert triples(events(pipeline, "British investigators found misconduct at the British ministry.")) == {
        ("ACCUSE", "GBR", "GBR")}


def test_events_en_recall4_a_study_finding_flaws_in_a_thing_is_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "The study found flaws in the British model.") == []


def test_events_en_recall4_facing_demands_or_a_backlash_from_x_is_x_acting(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The British Prime Minister has faced demands from Labour to resign.")
    assert [(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("REQUEST", "GBRPTY", "GBRGOV")]
    assert triples(events(pipeline, "The British minister faced a backlash from British farmers.")) == {
        ("ACCUSE", "GBR", "GBR")}
    assert triples(events(pipeline, "Russia faces new sanctions from the European Union.")) == {
        ("SANCTION", "IGOEUR", "RUS")}


def test_events_en_recall4_facing_a_backlash_from_nobody_named_has_no_source(pipeline: Pipeline) -> None:
    # criticism received from an unnamed critic: source '-' as for 'was accused' (unnamed.unnamed_agent)
    assert triples(events(pipeline, "The British minister faced a backlash over the plan.")) == {("ACCUSE", "-", "GBR")}
    assert events(pipeline, "The British minister faced demands to resign.") == []  # a request: no unnamed agent


def test_events_en_recall4_airing_grievances_is_voicing_them(pipeline: Pipeline) -> None:
    evs = events(pipeline, "British farmers aired their grievances about the British government.")
    assert [(e.type, e.cameo, e.target.code if e.target else None) for e in evs] == [("ACCUSE", "110", "GBRGOV")]


def test_events_en_recall4_reported_lies_errors_and_failures_judge_the_subject(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The British opposition said the British government was lying.")) >= {
        ("ACCUSE", "GBR", "GBR")}
    assert triples(events(pipeline, "The British minister said the British opposition was wrong.")) >= {
        ("ACCUSE", "GBR", "GBR")}
    assert triples(events(pipeline, "French critics said the French council had failed local residents.")) >= {
        ("ACCUSE", "FRA", "FRA")}


def test_events_en_recall4_a_denied_mistake_is_no_judgement(pipeline: Pipeline) -> None:
    text = "The British minister said the British government had not made a mistake."
    assert [e for e in events(pipeline, text) if e.type == "ACCUSE"] == []


# English counterparts of Czech entries validated on unseen Czech news (cs rounds 13-15): triple, sentence.
CS_COUNTERPARTS = [
    (("AID", "CZE", "POL"), "A Czech neighbour saved the life of a Polish girl."),
    (("AGREE", "GBR", "FRA"), "The British director accepted the challenge of the French culture minister."),
    (("PROTEST", "GBR", "GBR"), "British activists circulated a petition against the British government."),
    (("AID", "GBR", "GBR"), "The British ministry gave the British hospital a subsidy."),
    (("AID", "CZE", "UKR"), "The Czech Republic sent vaccines to Ukraine."),
    (("ACCUSE", "RUS", "UKR"), "The Russian president railed against Ukraine."),
    (("REJECT", "RUS", "IGOUNO"), "The Russian government ignored the call of the United Nations."),
    (("ACCUSE", "RUS", "UKR"), "The Russian minister swore at the Ukrainian president."),
    (("COOPERATE", "CZE", "POL"), "A Czech firm merged with a Polish firm."),
    (("COOPERATE", "GBR", "GBR"),  # judicial cooperation (063) since session 12: wmt-dev2/dev3 gold
     "The British woman reported the theft to the police. The British police are in London."),
]


def test_events_en_recall4_counterparts_of_validated_czech_entries_fire(pipeline: Pipeline) -> None:
    for triple, text in CS_COUNTERPARTS:
        assert triple in triples(events(pipeline, text)), text


def test_events_en_recall4_other_senses_of_the_counterparts_code_nothing(pipeline: Pipeline) -> None:
    assert events(pipeline, "The British journalist reported the story to his British editor.") == []
    assert events(pipeline, "The British firm saved money on energy.") == []
    assert events(pipeline, "British activists circulated the document among British students.") == []
    assert events(pipeline, "The British minister ignored the rain.") == []


def test_events_en_recall4_breaking_the_law_defies_it(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Boris Johnson probably broke the law in Britain.")
    assert [(e.type, e.cameo) for e in evs] == [("REJECT", "128")]
    assert events(pipeline, "The British athlete broke the world record.") == []


def test_events_en_recall4_stepping_up_a_campaign_against_x_denounces_x(pipeline: Pipeline) -> None:
    text = "British workers are ramping up their campaign against their British employer."
    assert [(e.type, e.cameo) for e in events(pipeline, text)] == [("ACCUSE", "111")]
    assert events(pipeline, "The British ministry stepped up its campaign against smoking.") == []


def test_events_en_recall4_issuing_a_permit_or_visa_to_x_agrees(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The British embassy issued visas to Russian journalists.")) == {
        ("AGREE", "GBR", "RUS")}
    assert events(pipeline, "The British ministry issued a statement.") == []


def test_events_en_recall4_reporting_a_person_to_the_police_accuses_them(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Czech neighbour reported the Czech mayor to the police.")
    assert [(e.type, e.cameo) for e in evs] == [("ACCUSE", "112")]
    assert events(pipeline, "The British journalist reported the story to his British editor.") == []


def test_events_en_recall4_tearing_into_x_is_criticism_not_an_assassination(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The British opposition tore into the British minister.")
    assert [(e.type, e.cameo) for e in evs] == [("ACCUSE", "111")]
    assert events(pipeline, "The British protesters tore down the statue.") == []


def test_events_en_recall4_singing_x_s_praises_praises_x(pipeline: Pipeline) -> None:
    evs = events(pipeline, "British MPs sang the praises of the British minister.")
    assert [(e.type, e.cameo) for e in evs] == [("SUPPORT", "051")]


def test_events_en_recall4_shooting_down_a_proposal_rejects_it(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The British minister shot down the proposal of the British opposition.")
    assert [(e.type, e.cameo) for e in evs] == [("REJECT", "120")]
    evs = events(pipeline, "Russian forces shot down a Ukrainian helicopter.")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_events_en_recall4_swipes_and_rounding_on_x_criticise_x(pipeline: Pipeline) -> None:
    for text in ("The British minister took a swipe at the British opposition.",
                 "The British minister rounded on the British opposition."):
        assert [(e.type, e.cameo) for e in events(pipeline, text)] == [("ACCUSE", "111")], text
    evs = events(pipeline, "The British court knocked back the appeal of the British minister.")
    assert [(e.type, e.cameo) for e in evs] == [("REJECT", "120")]


def test_events_en_recall4_hit_with_a_fine_or_sanctions_is_a_penalty_not_an_attack(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The British company was hit with a fine by the British regulator.")
    assert [(e.type, e.cameo) for e in evs] == [("COERCE", "172")]
    evs = events(pipeline, "The European Union hit Russia with new sanctions.")
    assert [(e.type, e.cameo) for e in evs] == [("SANCTION", "163")]
    assert [e.type for e in events(pipeline, "Russian missiles hit Ukrainian cities.")] == ["ASSAULT"]


def test_events_en_recall4_police_swooping_on_x_raid_x(pipeline: Pipeline) -> None:
    evs = events(pipeline, "British police swooped on the British gang.")
    assert [(e.type, e.cameo) for e in evs] == [("COERCE", "170")]


def test_events_en_recall4_a_labour_strike_is_no_attack_on_the_home_country(pipeline: Pipeline) -> None:
    text = "British nurses voted to strike. The British prime minister is in London. British doctors will strike."
    assert [e for e in events(pipeline, text) if e.type == "ASSAULT"] == []
    assert triples(events(pipeline, "Russian missiles struck Kyiv.")) == {("ASSAULT", "RUS", "UKR")}


def test_phrasal_verb_idiom_takes_its_own_object(pipeline: Pipeline) -> None:
    # 'shoot down' + plan = REJECT only when the plan is what is shot down, not a noun elsewhere in the clause
    text = "Russian forces shot down a Ukrainian helicopter with a missile, in line with a plan of the Russian army."
    assert {e.type for e in events(pipeline, text) if e.trigger == "shot"} == {"ASSAULT"}
    senate = events(pipeline, "The US Senate shot down the president's plan.")
    assert {e.type for e in senate if e.trigger == "shot"} == {"REJECT"}
