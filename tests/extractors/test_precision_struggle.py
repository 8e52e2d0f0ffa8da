"""Precision: a struggle whose opponent is a thing ('bojují s koronavirem') is no attack, also with Czech 's'."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_precision_struggle_with_a_disease_is_no_attack_on_the_place(pipeline: Pipeline) -> None:
    # the place phrase 'v Itálii' made it ASSAULT CHN -> ITA
    assert not any(e.type == "ASSAULT" for e in events(pipeline, "Čínští lékaři bojují s koronavirem v Itálii.", "cs"))


def test_precision_struggle_with_an_actor_is_still_fighting(pipeline: Pipeline) -> None:
    assert ("ASSAULT", "UKR", "RUS") in triples(
        events(pipeline, "Ukrajinští vojáci bojují s Ruskem na východě země.", "cs"))
