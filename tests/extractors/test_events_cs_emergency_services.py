"""Czech domestic news of emergency services (session 22, domestic): medics attending to a person ('u něhož
zasahovali záchranáři') give medical aid (073); the entry's source_sectors keep the police's or firefighters'
intervention at a place out (tools/build_cs_verbs.py, extractors/precision.sector_pairs)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import fired, pipeline_events

from kronika import Pipeline


def test_medics_attending_to_a_man_give_medical_aid(pipeline: Pipeline) -> None:
    text = ("Neuvěřitelný pád přežil v neděli v noci muž v Ostravě, u něhož zasahovali záchranáři krajské "
            "Zdravotnické záchranné služby.")
    (e,) = fired(pipeline, text, "zasahovali", lang="cs")
    assert (e.type, e.cameo) == ("AID", "073") and e.source is not None and e.source.code == "CZEHLH"
    assert triples([e]) == {("AID", "CZE", "CZE")}


def test_police_intervening_at_a_house_is_no_medical_aid(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Policie v Brně zasahovala u rodinného domu, kde se muž zabarikádoval.", "cs")
    assert not [e for e in evs if e.type == "AID"]


def test_confirming_to_our_embassy_consults_the_home_state(pipeline: Pipeline) -> None:
    text = ("Britská policie dnes odpoledne našemu zastupitelskému úřadu v Londýně bohužel potvrdila, že nalezla tělo "
            "pohřešované české občanky.")
    (e,) = fired(pipeline, text, "potvrdila", lang="cs")
    assert (e.type, e.cameo) == ("CONSULT", "040") and triples([e]) == {("CONSULT", "GBR", "CZE")}
    said = "České velvyslanectví v Londýně ČTK potvrdilo, že se česká občanka pohřešuje."
    assert not [x for x in pipeline_events(pipeline, said, "cs") if x.type == "CONSULT"]


def test_police_noun_read_as_an_adjective_of_the_recipient_is_the_subject(pipeline: Pipeline) -> None:
    text = ("Česká vláda v pondělí jednala v Praze. Čeští ministři v Praze jednali o ekonomice. "
            "Policisté řidiči uložili pokutu pět tisíc korun.")
    (e,) = fired(pipeline, text, "uložili", lang="cs")  # parsed 'Policisté' amod of the subject 'řidiči'
    assert (e.type, e.cameo) == ("COERCE", "172") and e.source is not None and e.source.code == "CZECOP"
    assert e.target is not None and e.target.code == "CZECVL"


def test_our_embassy_in_a_foreign_capital_is_the_home_states_mission(pipeline: Pipeline) -> None:
    text = ("Česká vláda v pondělí jednala v Praze. Čeští ministři v Praze jednali o ekonomice. "
            "Britská policie dnes potvrdila našemu velvyslanectví v Londýně, že nalezla tělo pohřešované ženy.")
    (e,) = fired(pipeline, text, "potvrdila", lang="cs")  # 'našemu velvyslanectví' tagged Gen, parsed obj
    assert e.target is not None and e.target.code == "CZEGOV"  # was GBRGOV: London is the host, not the owner
