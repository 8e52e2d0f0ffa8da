"""Shared helpers for the quote tests: run the real pipeline in one language and look at its quotes."""

from __future__ import annotations

from kronika import Pipeline
from kronika.model import Doc, Quote


def run_lang(pipeline: Pipeline, text: str, lang: str) -> Doc:
    """The pipeline's Doc for a text in a given language."""
    return pipeline(text, lang=lang)


def only_quote(doc: Doc) -> Quote:
    """The single quote of a doc (fails, listing them, when there is not exactly one)."""
    assert len(doc.quotes) == 1, [q.text for q in doc.quotes]
    return doc.quotes[0]


def speaker_name(q: Quote) -> str:
    """The quote's speaker name (fails when the quote has no speaker)."""
    assert q.speaker is not None
    return q.speaker.name
