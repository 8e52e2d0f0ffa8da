"""Czech recall on unseen news (issue 4, round 2): legal process, fines, exposure, interception, petitions and
questioning, on hand-made sentences; words with an everyday sense stay silent."""

from __future__ import annotations

from events_support import events, triples


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
