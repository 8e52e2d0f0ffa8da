"""kronika: news articles to event data (actors, quotes, events) with offsets into the text."""

from __future__ import annotations

from typing import Any

from .model import SCHEMA_VERSION, Actor, Article, Doc, Event, Mention, Quote
from .pipeline import Pipeline
from .settings import Settings

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Actor", "Article", "Doc", "Event", "Mention", "Pipeline", "Quote",
           "Settings", "extract"]

_DEFAULT: Pipeline | None = None


def extract(text: str, lang: str | None = None, published: str | None = None, **meta: Any) -> Doc:
    """Extract actors, quotes and events from one article with the default pipeline."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT(text, lang=lang, published=published, **meta)
