"""Sources: a past participle of an accusation after an actor noun ('a diplomat accused of spying', 'diplomat
obviněný ze špionáže') is that actor's accusation by an unnamed agent (sources.described_patient); hand-made
sentences, whole pipeline."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_sources_described_accused_of_after_the_noun(pipeline: Pipeline) -> None:
    text = "A Russian diplomat accused of spying was expelled from Germany."
    evs = [e for e in events(pipeline, text) if e.trigger == "accused"]
    assert triples(evs) == {("ACCUSE", "-", "RUS")}


def test_sources_described_cs_participle_with_the_charge(pipeline: Pipeline) -> None:
    text = "Ruský diplomat obviněný ze špionáže opustil Německo."
    assert triples([e for e in events(pipeline, text, lang="cs") if e.trigger == "obviněný"]) == {
        ("ACCUSE", "-", "RUS")}


def test_sources_described_prenominal_alleged_is_no_accusation(pipeline: Pipeline) -> None:
    text = "The alleged Russian spy was expelled from Germany."
    assert not [e for e in events(pipeline, text) if e.trigger == "alleged"]


def test_sources_described_named_agent_is_not_unnamed(pipeline: Pipeline) -> None:
    text = "A Russian diplomat accused by Germany of spying left Berlin."
    assert not [e for e in events(pipeline, text) if e.trigger == "accused" and e.source is None]
