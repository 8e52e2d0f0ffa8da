"""The backing one is thanked for ('Za podporu děkujeme Svazu měst') is SUPPORT (051), as en 'support' is; 'pomoc'
stays aid (070)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_thanked_for_support_is_support(pipeline: Pipeline) -> None:
    text = "„Za podporu děkujeme Evropské unii,“ řekl ukrajinský ministr zahraničí Dmytro Kuleba."
    found = triples(events(pipeline, text, "cs"))
    assert ("SUPPORT", "IGOEUR", "UKR") in found
    assert not [t for t in found if t[0] == "AID"]


def test_thanked_for_help_stays_aid(pipeline: Pipeline) -> None:
    text = "„Děkujeme Evropské unii za pomoc,“ řekl ukrajinský ministr zahraničí Dmytro Kuleba."
    assert ("AID", "IGOEUR", "UKR") in triples(events(pipeline, text, "cs"))
