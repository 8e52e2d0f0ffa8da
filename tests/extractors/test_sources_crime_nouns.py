"""Sources: a noun of violent crime whose victim hangs on it and whose agent the text does not give ('vražda
novináře', 'the murder of a teacher') is an assault by someone unnamed, coded with no source as the gold does
(sources.unnamed_crime, the lists violent_crime_nouns and charge_stems in data/<lang>/sources.json); hand-made
sentences, whole pipeline."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _pairs(evs: list) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


def test_sources_crime_nouns_murder_of_a_named_victim_cs(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Vražda slovenského novináře otřásla zemí.", "cs")
    assert _pairs(evs) == {("ASSAULT", None, "SVKMED")}
    assert evs[0].rule.endswith("+unnamed-assailant")


def test_sources_crime_nouns_unsolved_murder_of_a_son_cs(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Otec chce upozornit na nevyřešenou vraždu svého syna v Brně.", "cs")
    assert _pairs(evs) == {("ASSAULT", None, "CZECVL")}


def test_sources_crime_nouns_not_the_content_of_a_charge(pipeline: Pipeline) -> None:
    # the accusation codes the alleged act with the accused as its agent; no second, agentless murder
    assert not [e for e in events(pipeline, "Muž čelí obvinění z vraždy deseti lidí v Kanadě.", "cs")
                if e.rule.endswith("+unnamed-assailant")]
    assert not [e for e in events(pipeline, "Začal proces se čtveřicí obžalovanou z vraždy novináře.", "cs")
                if e.rule.endswith("+unnamed-assailant")]


def test_sources_crime_nouns_a_possessor_is_the_agent(pipeline: Pipeline) -> None:
    assert _pairs(events(pipeline, "Sousedé mluví o napadení novináře v Brně.", "cs")) == {
        ("ASSAULT", None, "CZEMED")}
    assert not [e for e in events(pipeline, "Sousedé mluví o jeho napadení novináře v Brně.", "cs")
                if e.rule.endswith("+unnamed-assailant")]
