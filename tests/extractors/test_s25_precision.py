"""Session 25 precision rules (false-positive events of the dev sets and unseen news): a blockade by a state is
coercion, not a protest; a blockade's genitive is the one blockaded. Whole pipeline (real actor resolution)."""

from __future__ import annotations

import pytest
from events_support import pipeline_events, triples

from kronika import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """One pipeline for the module."""
    return Pipeline()


def test_state_blockade_is_coercion_cs(pipe: Pipeline) -> None:
    """'Izrael obnovil blokády': a state's blockade is COERCE (191), not a protest."""
    got = pipeline_events(pipe, "Izrael v pátek obnovil blokády na Západním břehu.", "cs")
    assert {(e.type, e.cameo) for e in got} == {("COERCE", "191")}
    assert triples(got) == {("COERCE", "ISR", "PSE")}  # the place blockaded is the target (cs lexicon, 191 na+Loc)


def test_protest_blockade_stays_protest_cs(pipe: Pipeline) -> None:
    """Farmers blocking a motorway protest against the government."""
    got = triples(pipeline_events(pipe, "Zemědělci zahájili blokádu dálnice D1 na protest proti vládě.", "cs"))
    assert got == {("PROTEST", "CZEAGR", "CZEGOV")}


def test_blockade_genitive_is_not_its_doer_cs(pipe: Pipeline) -> None:
    """'blokádu palestinských měst': the Palestinians are blockaded, they protest nothing."""
    got = pipeline_events(pipe, "Izraelská armáda v pátek zrušila den trvající blokádu palestinských měst.", "cs")
    assert not {e for e in got if e.type == "PROTEST"}


def test_state_blockade_threatened_en(pipe: Pipeline) -> None:
    """'a resolution that aims to impose a naval blockade against Serbia': a threatened blockade, not a protest."""
    got = pipeline_events(pipe, "A U.N. Security Council resolution aims to impose a naval blockade against "
                                "neighboring Serbia.", "en")
    assert {(e.type, e.cameo) for e in got if e.trigger == "impose"} == {("THREATEN", "1381")}
    assert ("THREATEN", "IGOUNO", "SRB") in triples(got)


def test_proposed_person_is_nomination(pipe: Pipeline) -> None:
    """'Orban, who proposed Laszlo Trocsanyi': the person is nominated (SUPPORT 051), nothing is requested."""
    got = pipeline_events(pipe, "Hungary's candidate was rejected. Orban, who proposed Laszlo Trocsanyi, defended him.",
                          "en")
    assert {(e.type, e.cameo) for e in got if e.trigger == "proposed"} == {("SUPPORT", "051")}


def test_proposed_talks_stay_request(pipe: Pipeline) -> None:
    """'Russia proposed talks with Ukraine' proposes an act: still a request."""
    got = pipeline_events(pipe, "Russia proposed talks with Ukraine.", "en")
    assert {(e.type, e.cameo) for e in got} == {("REQUEST", "020")}


def test_reduced_passive_order_has_no_doer(pipe: Pipeline) -> None:
    """'West Africans ordered out of Nigeria': who ordered them is not said; Benin, the subject, ordered nothing."""
    got = pipeline_events(pipe, "Benin opened its borders today to most West Africans ordered out of Nigeria as "
                                "illegal aliens.", "en")
    assert not {e for e in got if e.trigger == "ordered"}
    assert {e.trigger for e in got} == {"opened"}


def test_participle_with_agent_keeps_request(pipe: Pipeline) -> None:
    """'The plan proposed by Germany': the agent phrase names who proposed it."""
    got = pipeline_events(pipe, "The plan proposed by Germany was accepted by Russia.", "en")
    assert any(e.trigger == "proposed" and e.type == "REQUEST" and e.source and e.source.code == "DEU" for e in got)


def test_participle_after_comma_is_no_reduced_passive(pipe: Pipeline) -> None:
    """'revealing the presidency logo, called on for the protection of the European people': Macron called."""
    got = pipeline_events(pipe, "French President Emmanuel Macron spoke for more than one hour, revealing the "
                                "presidency logo, called on for the protection of the European people.", "en")
    assert any(e.trigger == "called" and e.type == "REQUEST" for e in got)
