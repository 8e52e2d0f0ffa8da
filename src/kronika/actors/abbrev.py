"""Abbreviations an article defines in brackets after an actor ('Úřad pro ochranu hospodářské soutěže (ÚOHS)',
'the Office for Competition Protection (OCP)'): every later use of the abbreviation is that actor."""

from __future__ import annotations

from ..model import Doc
from .match import Hit


def _abbreviation(text: str) -> bool:
    """A word written in capitals (ÚOHS, OCP, SÚRAO), two to eight letters."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 8 and text.isupper() and len(letters) >= len(text) - 1


def _defined(doc: Doc, hits: list[Hit]) -> dict[str, tuple[Hit, int]]:
    """Abbreviation -> (the coded mention it abbreviates, its defining token): '( ABBR )' right after the mention's
    phrase, the abbreviation hanging on a word of the mention or the mention ending just before the bracket."""
    coded = [h for h in hits if h.code and h.status == "resolved"]
    out: dict[str, tuple[Hit, int]] = {}
    for t in doc.tokens[1:-1]:
        prev, nxt = doc.tokens[t.i - 1], doc.tokens[t.i + 1]
        if prev.text != "(" or nxt.text != ")" or not _abbreviation(t.text) or t.text in out:
            continue
        owner = next((h for h in coded if h.start <= t.head < h.end and h.start < t.i), None)
        owner = owner or next((h for h in coded if h.end == t.i - 1), None)
        if owner is not None and doc.tokens[owner.head].sent == t.sent:
            out[t.text] = (owner, t.i)
    return out


def abbreviation_hits(doc: Doc, hits: list[Hit], covered: set[int]) -> list[Hit]:
    """Give the defined actor's code to unresolved mentions of its abbreviation (kept as unknown names) and add
    mentions for uses nothing covers; returns the new mentions."""
    defs = _defined(doc, hits)
    if not defs:
        return []
    for h in hits:
        if h.code is None and h.end - h.start == 1 and doc.tokens[h.start].text in defs:
            _copy(h, *defs[doc.tokens[h.start].text])
    taken = covered | {i for h in hits for i in range(h.start, h.end)}
    new = []
    for t in doc.tokens:
        if t.i not in taken and t.text in defs:
            owner, at = defs[t.text]
            new.append(Hit(t.i, t.i + 1, t.i, owner.code, owner.kind, owner.name, owner.key,
                           f"abbreviation defined at token {at}: {owner.rule}"))
    return new


def _copy(h: Hit, owner: Hit, at: int) -> None:
    """Turn an unresolved abbreviation mention into a mention of the actor it abbreviates."""
    h.code, h.kind, h.name, h.key = owner.code, owner.kind, owner.name, owner.key
    h.status, h.reason, h.rule = "resolved", "", f"abbreviation defined at token {at}: {owner.rule}"
