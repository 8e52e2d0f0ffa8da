"""The holder of a role named after the role's own modifier phrase (ministryně pro místní rozvoj Klára Dostálová)."""

from __future__ import annotations

from collections.abc import Collection

from ..model import Doc
from .match import Hit

# The most words a role's own modifier phrase may take before the name it describes (pro místní rozvoj Kláru).
PHRASE_GAP = 5


def name_after_phrase(doc: Doc, roles: Collection[int], head: int, by_token: dict[int, Hit],
                      owner_preps: Collection[str]) -> Hit | None:
    """'ministryni pro místní rozvoj Kláru Dostálovou': a name right after the role's own modifier phrase (or after a
    comma behind it) that the parser hangs inside that phrase describes the role's holder. Not behind other
    punctuation, a verb, another role noun (ministr zahraničí prezidenta X) or a preposition other than an owner one
    (joining forces with Speaker X), nor a name with a preposition of its own (ministr s Trumpem)."""
    t = doc.tokens[head]
    j, end = head + 1, min(head + 2 + PHRASE_GAP, len(doc.tokens))
    while j < end:
        p = by_token.get(j)
        if p is not None and p.code is None and t.text[:1].isupper() and doc.tokens[j - 1].upos == "ADP":
            j = p.end  # the Minister of Regional Development: the title's own name
            continue
        if p is not None:
            if j == head + 1 or p.start != j or any(c.deprel in ("case", "prep") for c in doc.children(p.head)):
                return None  # right after the noun: attach_persons' own case
            return p if _under(doc, p.head, head) else None
        g = doc.tokens[j]
        if g.text == "," and j + 1 in by_token and by_token[j + 1].start == j + 1 and j > head + 1:
            j += 1
            continue  # the Minister of Regional Development, Klára Dostálová
        if g.sent != t.sent or g.upos in ("PUNCT", "VERB", "AUX") or j in roles or not _under(doc, j, head):
            return None
        if g.upos == "ADP" and g.lemma.lower() not in owner_preps:
            return None
        j += 1
    return None


def _under(doc: Doc, i: int, h: int) -> bool:
    """Whether token i lies in the subtree of token h."""
    seen = set()
    while i != h and i not in seen and doc.tokens[i].head != i:
        seen.add(i)
        i = doc.tokens[i].head
    return i == h
