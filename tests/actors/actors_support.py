"""Shared helpers of the actor tests: run the pipeline on a hand-made text and read the mentions' codes."""

from __future__ import annotations

from kronika import Pipeline
from kronika.model import Doc


def run(pipeline: Pipeline, text: str, lang: str, published: str | None = "2021-06-18") -> Doc:
    """Parse a text and return the doc."""
    return pipeline({"text": text, "lang": lang, "published": published})


def coded(doc: Doc) -> dict[str, str | None]:
    """Mention text -> code."""
    return {m.text: m.code for m in doc.mentions}
