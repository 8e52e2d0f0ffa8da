"""A city before an agreement or meeting noun names where it was made (venues.named_venue): withdrawing from the
Paris climate agreement is no act against France; a state or a capital's possessive still owns what it names."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_a_city_naming_an_agreement_is_no_target(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The United States withdrew from the Paris climate agreement.")) \
        == {("REJECT", "USA", "-")}
    assert triples(events(pipeline, "Russia rejected the Minsk agreements.")) == {("REJECT", "RUS", "-")}


def test_an_owner_state_or_possessive_capital_stays_the_target(pipeline: Pipeline) -> None:
    assert ("REJECT", "RUS", "USA") in triples(events(pipeline, "Moscow rejected a U.S. proposal."))
    assert ("REJECT", "UKR", "RUS") in triples(events(pipeline, "Kyiv rejected Moscow's proposal."))
    assert ("ASSAULT", "RUS", "UKR") in triples(events(pipeline, "Russian missiles hit a Kyiv power plant."))
