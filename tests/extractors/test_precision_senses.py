"""Precision rules of precision_senses.py (unseen news, session 4): embedded questions are no requests, a struggle
against a thing is no attack, an empty 'I promise' is no agreement. Real lexicons and grammar, hand-made text."""

from __future__ import annotations

import pytest
from events_support import events, triples

from kronika import Pipeline, Settings

_FULL: list[Pipeline] = []


def full(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(type, source, target) from the whole pipeline (dates included: time expressions are found)."""
    if not _FULL:
        _FULL.append(Pipeline(Settings.load()))
    evs = _FULL[0]({"id": "t", "text": text, "lang": lang, "published": "2024-06-18"}).events
    return {(e.type, e.source.code if e.source and e.source.code else "-",
             e.target.code if e.target and e.target.code else "-") for e in evs}


@pytest.mark.parametrize("text", [
    "Asked why Germany had waited so long, Poland said nothing.",
    "Poland asked Germany how it would pay for the new bridge.",
    "Poland asked Germany whether it had already paid the bill.",
])
def test_precision_senses_embedded_question_is_no_request_en(text: str) -> None:
    """'asked X why/how/whether ...' asks a question: no REQUEST."""
    assert not {t for t in triples(events(text, "en")) if t[0] == "REQUEST"}


def test_precision_senses_requests_stay_en() -> None:
    """An infinitive request and a polite 'whether it could' request still code REQUEST."""
    assert ("REQUEST", "POL", "DEU") in triples(events("Poland asked Germany to send tanks.", "en"))
    assert ("REQUEST", "POL", "DEU") in triples(events("Poland asked Germany whether it could send tanks.", "en"))


def test_precision_senses_struggle_against_a_thing_is_no_attack() -> None:
    """'fought against poverty of the Poles' / 'bojuje proti chudobě Poláků' is figurative; an enemy state stays."""
    assert triples(events("Poland fought against the oppression of Ukraine's women.", "en")) == set()
    assert triples(events("Polsko dlouho bojovalo proti chudobě na Ukrajině.", "cs")) == set()
    assert ("ASSAULT", "POL", "DEU") in triples(events("Poland fought against Germany in 1939.", "en"))
    assert ("ASSAULT", "POL", "DEU") in triples(events("Polsko v roce 1939 bojovalo proti Německu.", "cs"))


def test_precision_senses_empty_promise_is_no_agreement() -> None:
    """'Germany, I promise you' is an intensifier; 'promised Poland tanks' and 'promised to help' code AGREE."""
    assert triples(events("Germany will pay, Poland, I promise you.", "en")) == set()
    assert ("AGREE", "DEU", "POL") in triples(events("Germany promised Poland new tanks.", "en"))
    assert "AGREE" in {t for t, _, _ in triples(events("Germany promised to help Poland.", "en"))}


@pytest.mark.parametrize("text", [
    "Putin se v Polsku zranil.",  # got hurt
    "Putin se zabil při nehodě v Polsku.",  # died in a crash
    "Polsko se pustilo do stavby plotu.",  # set about, no release
])
def test_precision_senses_reflexive_object_is_no_act_on_another(text: str) -> None:
    """cs 'se zranil', 'se zabil', 'se pustilo do': the reflexive fills the object; nobody attacked or released."""
    assert triples(events(text, "cs")) == set()


def test_precision_senses_transitive_attack_stays_cs() -> None:
    """With a real object the same verb still codes ('Rusko zabilo dva vojáky Ukrajiny'), and an inherently
    reflexive request stays ('Ukrajina se obrátila na OSN': turned to the UN)."""
    assert triples(events("Rusko zabilo dva vojáky Ukrajiny.", "cs")) == {("ASSAULT", "RUS", "UKR")}
    assert triples(events("Ukrajina se obrátila na OSN.", "cs")) == {("REQUEST", "UKR", "IGOUNO")}


def test_precision_senses_time_expression_is_no_object() -> None:
    """'this week' is when Poland spoke, not a week's deadline given to Germany; 'gave Germany a week' still is."""
    assert full("The Polish president gave a speech at the UN this week.", "en") == set()
    assert ("THREATEN", "POL", "DEU") in full("Poland gave Germany a week to leave.", "en")


@pytest.mark.parametrize("text", [
    "The Czech minister asked the Polish government about the border dispute.",
    "A Polish reporter asked the Czech president about climate change.",
    "The Czech president told Polish reporters that they always ask the best question.",
])
def test_precision_senses_question_on_a_topic_is_no_request_en(text: str) -> None:
    """Asking about a topic or asking a question requests nothing."""
    assert not [t for t in full(text, "en") if t[0] == "REQUEST"]


def test_precision_senses_asking_for_help_stays_a_request_en() -> None:
    """'asked X for help' names what is requested."""
    assert ("REQUEST", "CZEGOV", "DEU") in full("The Czech government asked Germany for help.", "en")


def test_precision_senses_an_illness_attack_is_no_assault(pipeline: Pipeline) -> None:
    """'panic attacks', 'heart attack': an illness (key illness_modifiers), not an attack by anyone."""
    text = "The Dutch government said the Dutch woman will have panic attacks forever."
    doc = pipeline({"id": "t", "text": text, "lang": "en"})
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    assert any("an illness" in d["reason"] for d in doc.meta["events_dropped"])


@pytest.mark.parametrize(("text", "lang"), [
    ("Ve filmu ruský prezident obviní amerického velvyslance ze špionáže.", "cs"),
    ("V seriálu ministr požádá policii o pomoc.", "cs"),
    ("In the film, the Russian president accuses the US ambassador of spying.", "en"),
    ("The main character asks the police for help.", "en"),
])
def test_precision_senses_an_act_in_a_work_of_fiction_is_no_event(pipeline: Pipeline, text: str, lang: str) -> None:
    """An act set in a film or series, or done by a character (keys fiction_nouns, fiction_roles): the plot."""
    doc = pipeline({"id": "t", "text": text, "lang": lang})
    assert not doc.events
    assert any("work of fiction" in d["reason"] for d in doc.meta["events_dropped"])


@pytest.mark.parametrize(("text", "lang"), [
    ("V dokumentárním filmu ruský prezident obvinil amerického velvyslance ze špionáže.", "cs"),
    ("In a documentary film, the Russian president accused the US ambassador of spying.", "en"),
    ("The Russian president accused the US ambassador of spying in an interview about the film.", "en"),
])
def test_precision_senses_a_documentary_is_real(pipeline: Pipeline, text: str, lang: str) -> None:
    """A documentary (key nonfiction_modifiers) or a film only talked about keeps the act."""
    assert any(e.type == "ACCUSE" for e in pipeline({"id": "t", "text": text, "lang": lang}).events)
