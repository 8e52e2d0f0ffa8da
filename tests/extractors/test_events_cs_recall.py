"""Czech recall on unseen news (issue 4, round 2): legal process, fines, exposure, interception, petitions and
questioning, on hand-made sentences; words with an everyday sense stay silent."""

from __future__ import annotations

from events_support import events, triples

from kronika import Pipeline, Settings
from kronika.model import Event

_FULL: list[Pipeline] = []


def full(text: str) -> set[tuple[str, str, str, str]]:
    """(type, cameo, source, target) from the whole pipeline: real actor resolution of adjectives ('ruský')."""
    if not _FULL:
        _FULL.append(Pipeline(Settings.load()))
    evs: list[Event] = _FULL[0]({"id": "t", "text": text, "lang": "cs", "published": "2024-06-18"}).events
    return {(e.type, e.cameo, e.source.code if e.source and e.source.code else "-",
             e.target.code if e.target and e.target.code else "-") for e in evs}


def test_events_cs_recall_reopening_prosecution_is_legal_action() -> None:
    assert triples(events("Německo obnovilo trestní stíhání Polska.")) == {("COERCE", "DEU", "POL")}


def test_events_cs_recall_prosecution_against_x_is_legal_action() -> None:
    assert triples(events("Německo zahájilo proti Polsku trestní stíhání.")) == {("COERCE", "DEU", "POL")}


def test_events_cs_recall_prosecuting_verb_is_legal_action() -> None:
    assert triples(events("Německo stíhá Polsko.")) == {("COERCE", "DEU", "POL")}


def test_events_cs_recall_not_managing_in_time_is_no_prosecution() -> None:
    assert triples(events("Rusko nestíhá plnit závazky vůči Polsku.")) == set()


def test_events_cs_recall_reopening_an_investigation_is_investigate() -> None:
    assert triples(events("Německo obnovilo vyšetřování Polska.")) == {("ACCUSE", "DEU", "POL")}


def test_events_cs_recall_criminal_complaint_is_lawsuit() -> None:
    evs = events("Německo podalo trestní oznámení na Polsko.")
    assert triples(evs) == {("ACCUSE", "DEU", "POL")}
    assert evs[0].cameo == "115"


def test_events_cs_recall_imposing_a_fine_is_coerce() -> None:
    evs = events("Německo uložilo Polsku pokutu.")
    assert triples(evs) == {("COERCE", "DEU", "POL")}
    assert evs[0].cameo == "172"


def test_events_cs_recall_fining_verb_is_coerce() -> None:
    assert triples(events("Německo pokutovalo Polsko.")) == {("COERCE", "DEU", "POL")}


def test_events_cs_recall_uncovering_a_spy_network_is_investigate() -> None:
    assert triples(events("Polsko odhalilo síť Ruska.")) == {("ACCUSE", "POL", "RUS")}


def test_events_cs_recall_unveiling_a_monument_is_no_event() -> None:
    assert triples(events("Polsko odhalilo pomník.")) == set()


def test_events_cs_recall_intercepting_an_aircraft_is_coerce() -> None:
    assert triples(events("Polsko zachytilo letoun Ruska.")) == {("COERCE", "POL", "RUS")}


def test_events_cs_recall_catching_a_signal_is_no_interception() -> None:
    assert triples(events("Polsko zachytilo signál.")) == set()


def test_events_cs_recall_questioning_is_investigate() -> None:
    assert triples(events("Polsko vyslýchalo Rusko.")) == {("ACCUSE", "POL", "RUS")}


def test_events_cs_recall_petition_handed_to_x_is_request() -> None:
    assert triples(events("Polsko předalo Německu petici.")) == {("REQUEST", "POL", "DEU")}


def test_events_cs_recall_petition_against_x_is_protest() -> None:
    assert triples(events("Polsko podalo petici proti Německu.")) == {("PROTEST", "POL", "DEU")}


def test_events_cs_recall_cracking_down_on_x_is_coerce() -> None:
    assert triples(events("Polsko zakročilo proti Rusku.")) == {("COERCE", "POL", "RUS")}


def test_events_cs_recall_cancelling_a_visit_to_x_is_sanction() -> None:
    evs = events("Polsko odložilo cestu do Německa.")
    assert triples(evs) == {("SANCTION", "POL", "DEU")}
    assert evs[0].cameo == "160"


def test_events_cs_recall_cancelling_a_concert_is_no_event() -> None:
    assert triples(events("Polsko zrušilo koncert.")) == set()


def test_events_cs_recall_reproach_past_form_lemmatised_by_rewrite() -> None:
    # cs_core_news_sm leaves 'vyčetlo' as its own lemma; the grammar's lemma_rewrites give vyčíst
    assert triples(events("Polsko vyčetlo Rusku agresi.")) == {("ACCUSE", "POL", "RUS")}


def test_events_cs_recall_announcing_sanctions_is_imposing_them() -> None:
    assert triples(events("Polsko ohlásilo nové sankce vůči Rusku.")) == {("SANCTION", "POL", "RUS")}


def test_events_cs_recall_announcing_an_attack_is_no_sanction() -> None:
    assert ("SANCTION", "POL", "-") not in triples(events("Polsko oznámilo, že zaútočí."))


def test_events_cs_recall_petition_noun_of_x_against_y_is_protest() -> None:
    assert triples(events("Petice Polska proti Německu má tisíce podpisů.")) == {("PROTEST", "POL", "DEU")}


def test_events_cs_recall_investigation_noun_with_adjective_doer() -> None:
    assert full("Polské vyšetřování proti Německu pokračuje.") == {("ACCUSE", "090", "POL", "DEU")}


def test_events_cs_recall_accusation_noun_with_adjective_doer() -> None:
    assert full("Německé obvinění vůči Polsku je vážné.") == {("ACCUSE", "112", "DEU", "POL")}


def test_events_cs_recall_bare_genitive_of_accusation_is_not_its_doer() -> None:
    assert triples(events("Rusko odmítlo obvinění Ukrajiny.")) == {("REJECT", "RUS", "UKR")}


def test_events_cs_recall_uncovered_network_owner_by_adjective() -> None:
    assert full("Polsko odhalilo ruskou špionážní síť.") == {("ACCUSE", "090", "POL", "RUS")}


def test_events_cs_recall_intercepted_aircraft_owner_by_adjective() -> None:
    assert full("Polsko zachytilo ruský letoun.") == {("COERCE", "1711", "POL", "RUS")}


def test_events_cs_recall_court_reducing_a_sentence_concedes() -> None:
    assert full("Vrchní soud snížil Novákovi trest na 13 let.") == {("CONCEDE", "081", "CZEJUD", "CZECVL")}


def test_events_cs_recall_acquittal_concedes() -> None:
    assert full("Soud zprostil Nováka obžaloby.") == {("CONCEDE", "081", "CZEJUD", "CZECVL")}


def test_events_cs_recall_building_a_base_near_x_is_mobilize() -> None:
    assert triples(events("Rusko buduje vojenskou základnu u hranic s Ukrajinou.")) == {("MOBILIZE", "RUS", "UKR")}


def test_events_cs_recall_opening_a_school_is_no_mobilize() -> None:
    assert triples(events("Rusko otevřelo na Ukrajině školu.")) == set()


def test_events_cs_recall_holding_troops_at_the_border_is_mobilize() -> None:
    assert triples(events("Rusko drží u hranic Ukrajiny desítky tisíc vojáků.")) == {("MOBILIZE", "RUS", "UKR")}


def test_events_cs_recall_keeping_fingers_crossed_is_no_event() -> None:
    assert triples(events("Rusko drží Ukrajině palce.")) == set()


def test_events_cs_recall_handing_over_prisoners_despite_lemma_slip() -> None:
    assert triples(events("Rusko předalo Ukrajině zajatce.")) == {("RETREAT", "RUS", "UKR")}


def test_events_cs_recall_first_person_verb_opening_a_quote_is_the_speakers() -> None:
    # sentence-initial 'Odsuzujeme' keeps its form as lemma; the present-tense lemma rewrites give odsuzovat
    evs = full("„Odsuzujeme ruský útok na Ukrajinu,“ uvedl polský prezident Andrzej Duda.")
    assert ("ACCUSE", "111", "POLGOV", "RUS") in evs


def test_events_cs_recall_first_person_singular_appeal_in_a_quote() -> None:
    evs = full("„Vyzývám Rusko k jednání,“ řekl polský prezident Andrzej Duda.")
    assert evs == {("REQUEST", "026", "POLGOV", "RUS")}


def test_events_cs_recall_first_person_future_attack_in_a_quote_is_a_threat() -> None:
    evs = full("„Zaútočíme na Ukrajinu,“ řekl ruský prezident Vladimir Putin.")
    assert evs == {("THREATEN", "138", "RUSGOV", "UKR")}


def test_events_cs_recall_non_agreeing_nom_acc_subject_is_the_object() -> None:
    # 'vyzvalo' (neuter) does not agree with 'Kyjev' (masculine, Nom = Acc): Kyjev is the object and the dropped
    # subject comes from the previous sentence
    evs = full("Ruské ministerstvo zahraničí obvinilo Ukrajinu z útoku. Zároveň vyzvalo Kyjev k jednání.")
    assert ("REQUEST", "026", "RUSGOV", "UKR") in evs


def test_events_cs_recall_agreeing_masculine_subject_stays_the_subject() -> None:
    assert full("Kreml vyzval Ukrajinu k jednání.") == {("REQUEST", "026", "RUSGOV", "UKR")}


def test_events_cs_recall_hearing_evidence_is_no_questioning() -> None:
    assert full("Výbor parlamentu vyslechl důkazy od rodičů.") == set()
