"""Czech event coding of constructions the cross-lingual comparison (bench/crosslingual.py) found missing:
future and passive forms the lemmatizer slips on, recipients hung under the object noun, light-verb + noun
triggers (vznést obvinění, vyjádřit nesouhlas), joining protests, approving deployments, offers to ease
sanctions, attending summits. Hand-made sentences."""

from __future__ import annotations

from events_support import events, parse, run, triples


def test_events_cs_forms_future_perfective_i_verb_is_threat() -> None:
    evs = events("Polsko zítra uvalí sankce na Rusko.")
    assert triples(evs) == {("THREATEN", "POL", "RUS")} and evs[0].cameo == "1312"


def test_events_cs_forms_past_of_zavest_is_repaired() -> None:
    assert triples(events("Polsko včera zavedlo sankce proti Rusku.")) == {("SANCTION", "POL", "RUS")}


def test_events_cs_forms_recipient_under_the_weapons_is_the_target() -> None:
    assert triples(events("Polsko poslalo zbraně Ukrajině.")) == {("AID", "POL", "UKR")}
    assert triples(events("Polsko pošle rakety Ukrajině.")) == {("AGREE", "POL", "UKR")}


def test_events_cs_forms_maker_of_the_weapons_is_still_no_target() -> None:
    assert triples(events("Rusko použilo severokorejské rakety proti Ukrajině.")) == {("ASSAULT", "RUS", "UKR")}


def test_events_cs_forms_support_for_x_under_the_noun() -> None:
    assert triples(events("Polsko vyslovilo podporu Ukrajině.")) == {("SUPPORT", "POL", "UKR")}


def test_events_cs_forms_stopped_aid_to_x_is_sanction() -> None:
    assert triples(events("Německo zastavilo vojenskou pomoc Ukrajině.")) == {("SANCTION", "DEU", "UKR")}


def test_events_cs_forms_request_addressee_hung_under_the_object() -> None:
    assert triples(events("Polsko požádalo o pomoc státy NATO.")) == {("REQUEST", "POL", "IGONAT")}


def test_events_cs_forms_raising_an_accusation_is_accuse() -> None:
    evs = events("Polsko vzneslo obvinění proti Rusku.")
    assert triples(evs) == {("ACCUSE", "POL", "RUS")} and evs[0].cameo == "112"


def test_events_cs_forms_disagreement_with_x_is_accuse() -> None:
    assert triples(events("Polsko vyjádřilo nesouhlas s Ruskem.")) == {("ACCUSE", "POL", "RUS")}


def test_events_cs_forms_passive_with_instrumental_agent() -> None:
    assert triples(events("Ukrajina byla napadena Ruskem.")) == {("ASSAULT", "RUS", "UKR")}
    assert triples(events("Vojáci Ruska byli zajati Izraelem.")) == {("COERCE", "ISR", "RUS")}


def test_events_cs_forms_short_prefixed_verbs_are_repaired() -> None:
    assert triples(events("Polsko zítra vyzve Rusko k příměří.")) == {("REQUEST", "POL", "RUS")}
    assert triples(events("Ukrajina zajala vojáky Ruska.")) == {("COERCE", "UKR", "RUS")}


def test_events_cs_forms_future_signing_by_a_pair_is_mutual_agree() -> None:
    assert triples(events("Polsko a Německo zítra podepíší smlouvu.")) == {
        ("AGREE", "POL", "DEU"), ("AGREE", "DEU", "POL")}


def test_events_cs_forms_future_of_vypovedet_threatens() -> None:
    assert triples(events("Polsko zítra vypoví smlouvu s Ruskem.")) == {("THREATEN", "POL", "RUS")}


def test_events_cs_forms_joining_a_protest_is_protest() -> None:
    assert triples(events("Polsko se připojilo k protestu proti Rusku.")) == {("PROTEST", "POL", "RUS")}


def test_events_cs_forms_approving_a_deployment_is_mobilize() -> None:
    assert triples(events("Německo schválilo vyslání vojáků do Polska.")) == {("MOBILIZE", "DEU", "POL")}


def test_events_cs_forms_offer_to_lift_sanctions_is_agree() -> None:
    evs = events("USA nabídly zrušení sankcí vůči Íránu.")
    assert triples(evs) == {("AGREE", "USA", "IRN")} and evs[0].cameo == "0354"


def test_events_cs_forms_opening_an_investigation_against_x() -> None:
    assert triples(events("Polsko zahájilo vyšetřování proti Rusku.")) == {("ACCUSE", "POL", "RUS")}


def test_events_cs_forms_attending_a_summit_of_x_is_consult() -> None:
    assert triples(events("Putin se zúčastnil summitu OSN.")) == {("CONSULT", "RUSGOV", "IGOUNO")}


def test_events_cs_forms_attending_an_assembly_is_no_protest() -> None:
    assert not {t for t in triples(events("Putin se zúčastnil shromáždění OSN.")) if t[0] == "PROTEST"}


def test_events_cs_forms_past_mit_with_infinitive_reports_an_alleged_act() -> None:
    evs = events("Rusko mělo podle Ukrajiny zaútočit na Polsko.")
    assert triples(evs) == {("ASSAULT", "RUS", "POL")} and not evs[0].future


def test_events_cs_forms_present_mit_with_infinitive_stays_a_plan() -> None:
    assert triples(events("Rusko má zaútočit na Polsko.")) == {("THREATEN", "RUS", "POL")}


def test_events_cs_forms_conditional_mit_keeps_the_intent() -> None:
    assert triples(events("Rusko a Polsko by měly více spolupracovat.")) == {
        ("AGREE", "RUS", "POL"), ("AGREE", "POL", "RUS")}


def test_events_cs_forms_raids_in_a_foreign_country_target_it() -> None:
    assert triples(events("Rusko provedlo nálety v Ukrajině.")) == {("ASSAULT", "RUS", "UKR")}


def test_events_cs_forms_captured_ships_of_a_state_target_it() -> None:
    doc = parse("Rusko zajalo tři lodě Ukrajiny.", "cs")
    assert triples(run(doc).events) == {("COERCE", "RUS", "UKR")}


def test_events_cs_forms_sports_defeat_and_struggle_are_no_assault() -> None:
    assert not triples(events("Polsko porazilo Německo 3:1."))
    assert not triples(events("Polsko bojuje o udržení v lize."))
    assert triples(events("Ukrajina bojuje proti Rusku.")) == {("ASSAULT", "UKR", "RUS")}


def test_events_cs_forms_exchanging_prisoners_is_mutual_release() -> None:
    assert triples(events("Ukrajina a Rusko si vyměnily zajatce.")) == {
        ("RETREAT", "UKR", "RUS"), ("RETREAT", "RUS", "UKR")}


def test_events_cs_forms_closing_the_border_with_x_is_sanction() -> None:
    assert triples(events("Polsko uzavřelo hranici s Německem.")) == {("SANCTION", "POL", "DEU")}


def test_events_cs_forms_deploying_weapons_in_x_is_mobilize_against_x() -> None:
    assert triples(events("Rusko rozmístilo jaderné zbraně v Polsku.")) == {("MOBILIZE", "RUS", "POL")}


def test_events_cs_forms_cutting_gas_supplies_to_x_is_sanction() -> None:
    assert triples(events("Rusko přerušilo dodávky plynu do Polska.")) == {("SANCTION", "RUS", "POL")}


def test_events_cs_forms_protesting_is_a_demonstration_protesting_to_x_is_diplomatic() -> None:
    assert {t[0] for t in triples(events("Polsko protestovalo proti zákonu."))} == {"PROTEST"}
    assert triples(events("Rusko protestovalo u velvyslance Polska.")) == {("ACCUSE", "RUS", "POL")}


def test_events_cs_forms_effort_to_make_x_is_done_by_the_clause_subject() -> None:
    assert {("REQUEST", "POL", "DEU"), ("REQUEST", "POL", "RUS")} <= triples(
        events("Polsko tlačí na Německo ve snaze přimět Rusko k jednání."))


def test_events_cs_forms_aim_to_attack_is_a_threat_by_the_subject() -> None:
    assert ("THREATEN", "RUS", "UKR") in triples(events("Rusko posílilo armádu s cílem zaútočit na Ukrajinu."))


def test_events_cs_forms_a_reason_to_meet_is_no_meeting() -> None:
    assert not triples(events("Polsko a Německo měly dobrý důvod se sejít."))


def test_events_cs_forms_jak_uvedl_x_attributes_the_event() -> None:
    evs = events("Jak uvedlo Německo, Rusko zaútočilo na Polsko.")
    assert triples(evs) == {("ASSAULT", "RUS", "POL")}
    assert evs[0].attributed_to is not None and evs[0].attributed_to.code == "DEU"


def test_events_cs_forms_negative_polarity_needs_the_ne_prefix() -> None:
    evs = events("Polsko nabídlo Ukrajině pomoc.")
    assert triples(evs) == {("AGREE", "POL", "UKR")} and not evs[0].negated
    assert all(e.negated for e in events("Rusko nezaútočilo na Polsko."))


def test_events_cs_forms_sending_a_delegation_is_a_visit() -> None:
    assert triples(events("Ukrajina vyslala do Polska delegaci.")) == {("CONSULT", "UKR", "POL")}


def test_events_cs_forms_handing_over_a_wanted_man_is_judicial_cooperation() -> None:
    assert triples(events("Polsko vydalo do Německa pachatele vraždy.")) == {("COOPERATE", "POL", "DEU")}
    assert not triples(events("Německo vydalo varování ohledně mužů z Polska."))


def test_events_cs_forms_blocking_exports_from_x_is_sanction() -> None:
    assert triples(events("Rusko zablokovalo vývoz obilí z Ukrajiny.")) == {("SANCTION", "RUS", "UKR")}


def test_events_cs_forms_concluding_that_x_attacked_accuses_x() -> None:
    evs = events("USA dospěly k závěru, že Írán použil chemické zbraně.")
    assert ("ACCUSE", "USA", "IRN") in triples(evs)


def test_events_cs_forms_accusative_object_hung_under_an_oblique_is_the_object() -> None:
    # the parser hangs the uninflected 'Írán' under 'z útoku' as a (nominative) modifier; it is the accused
    assert triples(events("Spojené státy obvinily z útoku Írán.")) == {("ACCUSE", "USA", "IRN")}
