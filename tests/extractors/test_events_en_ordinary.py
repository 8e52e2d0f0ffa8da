"""English lexicon entries of ordinary domestic news (police, courts), from the session-8 recall audit of unseen
articles: 'called in police/the army' is a request to them; the same verb with a place or a name after 'in' is none."""

from __future__ import annotations

from kronika import Pipeline
from kronika.model import Doc

BRITAIN = "The case has shocked Britain. Britain has seen several such cases this year. "


def triples(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    """(type, source code, target code) of a doc's events."""
    return [(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in doc.events]


def run(pipeline: Pipeline, text: str) -> Doc:
    """Extract an English text."""
    return pipeline({"text": text, "lang": "en", "published": "2021-06-18"})


def test_events_en_ordinary_call_in_police_is_a_request(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "The council called in police amid fears that keys had been copied.")
    assert ("REQUEST", "GBRGOV", "GBRCOP") in triples(doc)
    doc = run(pipeline, BRITAIN + "The government called in the army to help with the floods.")
    assert ("REQUEST", "GBRGOV", "GBRMIL") in triples(doc)


def test_events_en_ordinary_call_in_a_place_is_no_request(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "The minister called in London on Monday.")
    assert not [t for t in triples(doc) if t[0] == "REQUEST"]


def test_events_en_ordinary_manhunt_is_an_investigation(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "Detectives are hunting the gunman.")
    assert triples(doc) == [("ACCUSE", "GBRCOP", "GBRCRM")]
    doc = run(pipeline, BRITAIN + "Police are searching for the suspect.")
    assert ("ACCUSE", "GBRCOP", "GBRCRM") in triples(doc)


def test_events_en_ordinary_seeking_witnesses_stays_a_request(pipeline: Pipeline) -> None:
    doc = run(pipeline, BRITAIN + "Police are seeking witnesses.")
    assert [t[0] for t in triples(doc)] == ["REQUEST"]
