"""The word lists of data/<lang>/judgements.json, read once per language and key (judgements, conduct, dismay)."""

from __future__ import annotations

from functools import cache

from ..langpack import load_json


@cache
def cues(lang: str, key: str = "cues") -> frozenset[str]:
    """Lemmas of one list of data/<lang>/judgements.json (empty for a language without the file or the key)."""
    try:
        data = load_json(lang, "judgements.json")
    except FileNotFoundError:
        return frozenset()
    return frozenset(str(w).lower() for w in data.get(key, []))
