"""An act in the complement or means of a present-tense verb of an actor's line of activity ('the fund focuses on
X by assisting farmers', 'se zaměřuje na X, a to tak, že pomáhá zemědělcům', 'rely on selling to consumers') is a
habitual description of what the actor does, no act that took place; a future focus ('will focus on', 'se
zaměří na') and an object of the verb ('focused its attacks on Kyiv') are not."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, kind", [
    ("en", "The Kenyan fund focuses on rural development by assisting Kenyan farmers.", "COOPERATE"),
    ("cs", "Keňský fond se zaměřuje na rozvoj venkova, a to tak, že pomáhá keňským zemědělcům.", "AID"),
    ("en", "Kenyan exporters have reported lower profits and rely on selling to Chinese importers.", "COOPERATE"),
])
def test_line_of_activity_is_no_event(pipeline: Pipeline, lang: str, text: str, kind: str) -> None:
    assert not any(t[0] == kind for t in country_triples(events(pipeline, text, lang)))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Russia focused its attacks on Kyiv on Monday.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Rusko v pondělí zaměřilo své útoky na Kyjev.", ("ASSAULT", "RUS", "UKR")),
])
def test_focused_acts_stay(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
