"""Implicit domestic counterparts (implicit_targets.domestic_counterpart): a refusal or an attack by people, firms or
bodies of the article's clear home country whose counterpart the sentence leaves unnamed is domestic; not a denial, not
a state acting as such, and a stated event of the same triple keeps the unnamed one target-less (dedup)."""

from __future__ import annotations

from events_support import country_triples, pipeline_events

from kronika import Pipeline
from kronika.extractors.dedup import COUNTERPART, dedup
from kronika.model import ArgRef, Event


def test_targets_domestic_counterpart_of_a_refusal(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Banky v Brně odmítají navýšit hypoteční úvěry. Stavební firmy v Česku proto "
                                    "nemají peníze.", "cs")
    refusal = next(e for e in evs if e.type == "REJECT")
    assert refusal.target is not None and refusal.target.code == "CZE" and refusal.target.span is None
    assert ("REJECT", "GBR", "GBR") in country_triples(pipeline_events(
        pipeline, "The British parliament on Monday rejected a second bid for an early election. London police said "
                  "a man from Leeds had been arrested."))


def test_targets_denial_and_state_keep_no_target(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Mluvčí ministerstva obrany to popřel. Ministerstvo v Praze informaci "
                                    "nekomentovalo.", "cs")
    assert [e.target for e in evs if e.type == "REJECT"] == [None]  # a denial: the gold accepts '-'
    evs = pipeline_events(pipeline, "Rusko v pondělí odmítlo návrh. Moskva to oznámila v Rusku.", "cs")
    assert [e.target for e in evs if e.type == "REJECT"] == [None]  # a state, not its people or bodies


def test_targets_foreign_actor_in_the_sentence_is_no_domestic_case(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Banky v Brně odmítají navýšit úvěry německým firmám. Stavební firmy v Česku "
                                    "nemají peníze.", "cs")
    assert ("REJECT", "CZE", "DEU") in country_triples(evs) and ("REJECT", "CZE", "CZE") not in country_triples(evs)


def test_targets_filled_counterpart_does_not_hide_a_stated_event() -> None:
    def ev(tgt: ArgRef, start: int) -> Event:
        return Event("ASSAULT", None, "190", -10.0, 4, ArgRef("MEXCVL", "vandal", "vandals", (start, start + 3)),
                     tgt, "x", (start, start + 9), start)
    stated = ev(ArgRef("MEXCVL", "man", "a man", (30, 35)), 20)
    filled = ev(ArgRef("MEX", f"{COUNTERPART} MEX", "", None), 0)
    kept = dedup([filled, stated], [])
    assert [(e.target.code if e.target else None) for e in kept] == [None, "MEXCVL"]


def test_targets_support_of_a_public_measure_is_domestic(pipeline: Pipeline) -> None:
    text = ("The US House of Representatives met in Washington on Monday. US Senator Jane Miller said on Tuesday she "
            "supported the impeachment inquiry.")
    assert ("SUPPORT", "USA", "USA") in country_triples(pipeline_events(pipeline, text))
    text = "Poslanci ODS v Praze podpořili návrh zákona o dani z příjmu."
    assert ("SUPPORT", "CZE", "CZE") in country_triples(pipeline_events(pipeline, text, "cs"))
    # support of something that is not a public measure keeps needing a named target
    text = "Fans in Prague always supported the team."
    assert not [e for e in pipeline_events(pipeline, text) if e.type == "SUPPORT"]


def test_targets_threat_of_a_strike_or_lawsuit_is_domestic(pipeline: Pipeline) -> None:
    assert ("THREATEN", "CZE", "CZE") in country_triples(pipeline_events(
        pipeline, "Odbory v Praze pohrozily stávkou.", "cs"))
    text = ("The US Senate met in Washington. US Senator John Miller said the agency had lied to him. Senator Miller "
            "threatened to sue.")
    assert ("THREATEN", "USA", "USA") in country_triples(pipeline_events(pipeline, text))
    # a bare warning names no measure: no counterpart is inferred
    assert not [e for e in pipeline_events(pipeline, "Lékaři v Brně varují před chřipkou.", "cs")
                if e.type == "THREATEN"]
