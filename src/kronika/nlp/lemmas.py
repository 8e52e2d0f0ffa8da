"""Lemma repairs: the tagger's known lemma slips, corrected from data/<lang>/lemmas.json after parsing."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..langpack import has_file, load_json
from ..model import Doc


@cache
def _table(lang: str) -> dict[str, Any]:
    """The language's own repair table (no fallback: another language's slips are not this one's)."""
    return load_json(lang, "lemmas.json") if has_file(lang, "lemmas.json") else {}


def repair_lemmas(doc: Doc, model: str) -> int:
    """Replace the lemmas the table lists as the model's slips ('silami' -> 'sila' -> 'síla'); the count replaced."""
    table = _table(doc.lang)
    if not table or table.get("model") != model:
        return 0
    lemmas: dict[str, str] = table.get("lemmas", {})
    endings: list[list[str]] = table.get("endings", [])
    upos = set(table.get("ending_upos", ["NOUN"]))
    n = 0
    for t in doc.tokens:
        low = t.lemma.lower()
        right = lemmas.get(low)
        if right is None and t.upos in upos and low != t.text.lower():  # a stem the model cut, not a word it kept
            right = next((low[: len(low) - len(a)] + b for a, b in endings
                          if low.endswith(a) and len(low) > len(a) + 2), None)
        if right is not None and right != low:
            t.lemma = right
            n += 1
    return n
