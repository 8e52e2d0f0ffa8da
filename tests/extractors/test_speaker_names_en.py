"""English one-word names that speak or thank (actors/lone.py speaker_verbs) and fighting back with no opponent."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline

US = "Police in Ohio and Texas searched for the suspect. The United States mourned the victims. {}"


@pytest.mark.parametrize(("text", "expected"), [
    ("Kayla thanked the firefighters for their help.", {("SUPPORT", "USA", "USA")}),
    ("Delaney thanked the neighbors for their support after the fire.", {("SUPPORT", "USA", "USA")}),
    ("The American firefighters rescued the family. Marisol thanked the firefighters.", {("SUPPORT", "USA", "USA")}),
])
def test_speaker_name_thanking_someone_is_a_private_person_of_the_home(pipeline: Pipeline, text: str,
                                                                       expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(events(pipeline, US.format(text), "en"))


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Delaney said the school had ignored her complaints.", "Delaney", "USACVL"),
    ("The officer said Delaney had left. Delaney told reporters she was scared.", "Delaney", "USACVL"),
    ("The mayor thanked Kayla for her courage.", "Kayla", None),  # an object, not a speaker: left open
    ("Hope said nothing; there is hope for the town.", "Hope", None),  # a word the article writes in lower case
])
def test_speaker_name_codes(pipeline: Pipeline, text: str, name: str, code: str | None) -> None:
    doc = pipeline({"id": "t", "lang": "en", "text": US.format(text)})
    assert {m.code for m in doc.mentions if m.text == name} == {code}


def test_speaker_name_that_is_the_given_name_of_a_full_name_is_left_to_it(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "lang": "en", "text": US.format("Serena Novak visited the school. Serena said "
                                                                "she was moved.")})
    assert all("speaks or thanks" not in m.rule for m in doc.mentions)


def test_fighting_back_needs_a_named_opponent(pipeline: Pipeline) -> None:
    text = US.format('"The workers have been ignored for years," Delaney said. "We are finally fighting back."')
    assert not {t for t in triples(events(pipeline, text, "en")) if t[0] == "ASSAULT"}
    assert ("ASSAULT", "UKR", "RUS") in triples(events(pipeline, "Ukrainian troops fought back against Russian "
                                                                   "forces near Kharkiv.", "en"))


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The Food and Agriculture Organization warned of a poor harvest in Kenya.", "Food and Agriculture Organization",
     "IGOUNOAGRFAO"),
    ("The FAO pledged to help Ghana fight rabies.", "FAO", "IGOUNOAGRFAO"),
    ("The World Health Organisation praised Ghana's vaccination campaign.", "World Health Organisation",
     "IGOUNOHLHWHO"),  # the British spelling
])
def test_un_agencies_by_name(pipeline: Pipeline, text: str, name: str, code: str) -> None:
    doc = pipeline({"id": "t", "lang": "en", "text": text})
    assert {m.code for m in doc.mentions if m.text == name} == {code}
