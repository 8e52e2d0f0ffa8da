"""A past participle after an actor noun is a passive ('British spy expelled by Russia', the headline of a story):
its by-agent is the source and the noun it modifies the target; not a thing noun whose modifier names an actor."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("British spy expelled by Russia", {("COERCE", "RUS", "GBR")}),
    ("German chancellor criticised by opposition over migration policy", {("ACCUSE", "DEU", "DEU")}),
    ("Palestinian prisoners released by Israel after talks in Cairo", {("RETREAT", "ISR", "PSE")}),
    ("Czech company sued by Nokia over the name of its phone", {("ACCUSE", "FIN", "CZE")}),
    ("A Russian journalist detained by Belarusian police was released on Friday.", {("COERCE", "BLR", "RUS")}),
])
def test_reduced_relative_agent_acts_on_the_modified_actor(pipeline: Pipeline, text: str,
                                                           expected: set[tuple[str, str, str]]) -> None:
    assert triples(events(pipeline, text)) >= expected


def test_reduced_relative_on_a_thing_keeps_the_prepositional_target(pipeline: Pipeline) -> None:
    """'attacks on Saudi oil plants, blamed by Washington on Iran': the attacks are blamed, not Saudi Arabia."""
    text = "The attacks on Saudi Arabia's oil plants -- blamed by Washington on Iran -- cut the kingdom's output."
    assert ("ACCUSE", "USA", "IRN") in triples(events(pipeline, text))
    assert not {t for t in triples(events(pipeline, text)) if t[0] == "ACCUSE" and t[2] == "SAU"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Iranian foreign minister invited to G7 summit by French President Emmanuel Macron",
     {("AGREE", "FRA", "IRN")}),  # an invitation: AGREE 036 (session 27)
    ("British police force branded 'failing' in all areas by inspectors", {("ACCUSE", "GBR", "GBR")}),
    ("German carmaker ordered to pay damages by a Polish court", {("SANCTION", "POL", "DEU")}),
])
def test_headline_passive_without_auxiliary_has_the_subject_as_patient(
        pipeline: Pipeline, text: str, expected: set[tuple[str, str, str]]) -> None:
    """A headline drops the passive auxiliary; spaCy reads the participle as a past verb with the patient as subject."""
    assert triples(events(pipeline, text)) >= expected


def test_headline_passive_not_in_a_story_sentence(pipeline: Pipeline) -> None:
    """A sentence with final punctuation keeps its active past verb: 'The Polish court ordered ...'."""
    assert triples(events(pipeline, "The Polish court ordered the German carmaker to pay damages.")) == {
        ("SANCTION", "POL", "DEU")}  # ordered to pay: found liable (116)

