"""English triggers that fired nothing or the wrong type: event nouns with a named target, light verb + noun,
phrasal verbs (session 25, area 'no trigger / wrong type')."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "en", "published": "2021-06-01"})
    return {(e.type, e.cameo, (e.source.code or "-") if e.source else "-", (e.target.code or "-") if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's deportation of Ukrainian children was condemned by the EU.", ("COERCE", "174", "RUS", "UKRCVL")),
    ("Russia's incursion into Ukraine began in February.", ("ASSAULT", "190", "RUS", "UKR")),
    ("Clashes between police and protesters erupted in Tehran.", ("ASSAULT", "190", "IRNCOP", "IRNOPP")),
    ("Clashes between Indian and Chinese troops erupted.", ("ASSAULT", "190", "CHNMIL", "INDMIL")),
    ("Indian and Chinese troops clashed in Ladakh.", ("ASSAULT", "190", "CHNMIL", "INDMIL")),
    ("The rift between Washington and Riyadh deepened.", ("ACCUSE", "110", "USA", "SAU")),
    ("Russia announced a partial mobilization on Wednesday.", ("MOBILIZE", "154", "RUS", "-")),
    ("Turkey will allow 13,000 Turkish Kurd refugees to return home.", ("AGREE", "035", "TUR", "TURCVLKUR")),
])
def test_event_fires(pipeline: Pipeline, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _events(pipeline, text)


@pytest.mark.parametrize("text", [
    "The rift in the party deepened after the vote.",
    "The execution of the plan took two years.",
    "He turned down the volume.",
])
def test_no_named_target_no_event(pipeline: Pipeline, text: str) -> None:
    assert not _events(pipeline, text)


def test_future_refusal_to_concede_stays_rejection(pipeline: Pipeline) -> None:
    assert ("REJECT", "124", "RUS", "UKR") in _events(pipeline, "Russia will not allow Ukraine to join NATO.")


def test_future_passive_concession_stays_concession(pipeline: Pipeline) -> None:
    evs = _events(pipeline, "Israel said the two Palestinian prisoners will be released by Israel next week.")
    assert not any(t == "AGREE" for t, _, _, _ in evs)


@pytest.mark.parametrize(("text", "expected"), [
    ("The White House reached out to Ukraine on Monday.", ("CONSULT", "040", "USAGOV", "UKR")),
    ("President Jacques Chirac of France issued a stern reminder to Iraq that it must cooperate with inspectors.",
     ("REQUEST", "020", "FRAGOV", "IRQ")),
    ("The prime minister of Montenegro will resign.", ("CONCEDE", "0831", "MNEGOV", "-")),
])
def test_sense_and_light_verb(pipeline: Pipeline, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _events(pipeline, text)
