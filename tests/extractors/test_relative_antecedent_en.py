"""A personal relative pronoun ('who', 'whom') the parser hangs on the noun of a prepositional phrase that is no actor
stands for the person that phrase modifies: 'FW de Klerk, the final president of white rule, who freed Mandela'."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("South Africa paid tribute to FW de Klerk, the final president of white rule, who freed Nelson Mandela from "
     "prison.", ("RETREAT", "ZAF", "ZAF")),
    ("The German chancellor met the leader of the opposition party, who criticised the Russian government.",
     ("ACCUSE", "DEU", "RUS")),
])
def test_relative_who_skips_a_prepositional_noun_that_is_no_actor(pipeline: Pipeline, text: str,
                                                                  expected: tuple[str, str, str]) -> None:
    assert expected in triples(events(pipeline, text))


def test_relative_who_keeps_an_actor_noun_of_the_phrase(pipeline: Pipeline) -> None:
    """'the envoy of the European Union, who met ...': the actor noun nearest the pronoun stays its antecedent."""
    text = "Putin received the envoy of the European Union, who met the Ukrainian president on Monday."
    assert ("CONSULT", "IGOEUR", "UKR") in triples(events(pipeline, text))
