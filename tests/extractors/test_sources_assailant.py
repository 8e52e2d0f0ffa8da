"""Sources: a passive verb of violent crime that names no agent ('was stabbed', 'byl zastřelen') is an assault by
someone the text does not name, coded with no source as the gold does (sources.unnamed_assailant, the list
violent_crimes in data/<lang>/sources.json); hand-made sentences, whole pipeline."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _pairs(evs: list) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


def test_sources_assailant_passive_stabbing_has_no_source_cs(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Osmnáctiletý mladík byl v sobotu ubodán v Brně.", "cs")
    assert _pairs(evs) == {("ASSAULT", None, "CZECVL")}
    assert evs[0].rule.endswith("+unnamed-assailant")


def test_sources_assailant_passive_shooting_of_an_officer_cs(pipeline: Pipeline) -> None:
    assert _pairs(events(pipeline, "Policista byl zastřelen před restaurací.", "cs")) == {
        ("ASSAULT", None, "CZECOP")}


def test_sources_assailant_passive_stabbing_en(pipeline: Pipeline) -> None:
    evs = events(pipeline, "A British teenager was stabbed to death in Leeds on Friday.")
    assert {(t, s) for t, s, _ in _pairs(evs)} == {("ASSAULT", None)}


def test_sources_assailant_not_for_harm_accidents_also_do(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Řidič byl v pátek zraněn.", "cs")  # 'zraněn': no crime verb
    assert not events(pipeline, "A British tourist was killed on Friday.")  # 'killed': a crash or an avalanche too


def test_sources_assailant_named_agent_stays_the_source(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Policista byl zastřelen teroristy z Islámského státu.", "cs")
    assert evs and all(e.source is not None and not e.rule.endswith("+unnamed-assailant") for e in evs)


def test_sources_assailant_victim_is_the_passive_subject(pipeline: Pipeline) -> None:
    # a film scene 'shot' with an actor in it, a statue 'attacked': the person named is not the passive's patient
    assert not events(pipeline, "The last scenes with the British actor John Smith were shot in London.")
    assert not [e for e in events(pipeline, "The British trader's statue was attacked in Bristol.")
                if e.rule.endswith("+unnamed-assailant")]


def test_sources_assailant_disaster_traps_not_imprisons(pipeline: Pipeline) -> None:
    # 'uvěznit' is to imprison and to trap: in a sentence of an avalanche there is no police custody
    assert not events(pipeline, "Lavina v Alpách zabila jednoho lyžaře, pět lidí bylo uvězněno pod sněhem.", "cs")
    assert [e.source.code for e in events(pipeline, "Pět mužů bylo uvězněno za loupež.", "cs")
            if e.source] == ["CZECOP"]
