"""A Czech subject after its verb that the parser read as an object (repair._postverbal_subject, session 16): an actor
noun in a nominative form agreeing with a subjectless active verb is its subject ('V říjnu zabil atentátník 15
kadetů', as en 'a suicide bomber killed 15 trainees'); a noun in a light verb's cause phrase is no act of the verb's
subject (grammar key cause_preps: 'v důsledku útoků pošlou USA baterii')."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

SUBJECTS = [
    ("cs", "V říjnu zabil sebevražedný atentátník z Tálibánu 15 kadetů afghánské armády.", ("ASSAULT", "AFG", "AFG")),
    ("en", "In October, a Taliban suicide bomber killed 15 Afghan Army trainees.", ("ASSAULT", "AFG", "AFG")),
    ("cs", "V pondělí zadrželi francouzští policisté dva Alžířany.", ("COERCE", "FRA", "DZA")),
    ("en", "On Monday French police officers detained two Algerians.", ("COERCE", "FRA", "DZA")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), SUBJECTS)
def test_postverbal_subject(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "V důsledku útoků na ropná pole pošlou Spojené státy do Saúdské Arábie raketovou baterii."),
    ("en", "Because of the attacks on the oil fields the United States will send a missile battery to Saudi Arabia."),
])
def test_cause_phrase_is_no_act_of_the_subject(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(e.source and (e.source.code or "").startswith("USA") and e.type in {"ASSAULT", "THREATEN"}
                   for e in events(pipeline, text, lang))
