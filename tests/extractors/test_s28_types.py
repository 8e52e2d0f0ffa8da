"""Event types (session 28): invited acts, protests addressed to a counterpart, announced retreats."""

from __future__ import annotations

from events_support import doc_triples as _triples

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str, lang: str) -> Doc:
    """Parse and code a hand-made text."""
    return pipeline({"text": text, "lang": lang, "published": "2024-06-18"})



def test_invited_visit_is_no_visit_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Chinese President Xi Jinping invited Vladimir Putin to visit China.", "en")
    assert ("AGREE", "CHN", "RUS") in _triples(doc)
    assert not any(e.type == "CONSULT" for e in doc.events)


def test_invited_visit_is_no_visit_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Francouzský prezident Emmanuel Macron pozval Volodymyra Zelenského, aby navštívil Paříž.",
               "cs")
    assert ("AGREE", "FRA", "UKR") in _triples(doc)
    assert not any(e.type == "CONSULT" for e in doc.events)


def test_invitation_for_talks_is_no_talks_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "French President Emmanuel Macron invited Volodymyr Zelensky to Paris for talks.", "en")
    assert ("AGREE", "FRA", "UKR") in _triples(doc)
    assert not any(e.type == "CONSULT" for e in doc.events)


def test_visit_during_which_an_invitation_is_made_still_happened_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "During his visit to China, Vladimir Putin invited Xi Jinping to visit Russia.", "en")
    assert ("CONSULT", "RUS", "CHN") in _triples(doc)
    assert ("CONSULT", "CHN", "RUS") not in _triples(doc)


def test_protest_addressed_to_a_state_is_an_accusation_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "South Korea protested to Japan over the new history textbooks.", "en")
    assert ("ACCUSE", "KOR", "JPN") in _triples(doc)
    assert not any(e.type == "PROTEST" for e in doc.events)


def test_protest_against_a_government_stays_a_protest_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Thousands of Serbian students protested against the government in Belgrade.", "en")
    assert not any(e.type == "ACCUSE" for e in doc.events)


def test_announced_own_release_is_an_agreement_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Iran said it will release the British oil tanker next week.", "en")
    assert ("AGREE", "IRN", "GBR") in _triples(doc)
    assert not any(e.type == "CONCEDE" for e in doc.events)


def test_announced_own_withdrawal_is_an_agreement_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Rusko oznámilo, že stáhne své vojáky ze Sýrie.", "cs")
    assert ("AGREE", "RUS", "SYR") in _triples(doc)


def test_future_release_in_the_passive_stays_a_concession_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The Israeli hostages will be released by Hamas on Friday.", "en")
    assert ("CONCEDE", "PSE", "ISR") in _triples(doc)
    assert not any(e.type == "AGREE" for e in doc.events)


def test_refused_withdrawal_is_a_rejection_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Israel will not withdraw from the Golan Heights.", "en")
    assert not any(e.type in ("AGREE", "CONCEDE") for e in doc.events)


def test_locative_meeting_where_an_invitation_is_made_is_not_invited_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Na jednání v Bruselu pozval francouzský prezident Macron ukrajinského prezidenta Zelenského "
               "do Paříže.", "cs")
    assert ("AGREE", "FRA", "UKR") in _triples(doc)
    assert not any("invitation" in str(d.get("reason")) for d in doc.meta["events_dropped"])
