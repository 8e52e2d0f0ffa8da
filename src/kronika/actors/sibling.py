"""A firm's name the English parser hangs beside its noun ('accused the carmaker Tesla')."""

from __future__ import annotations

from ..model import Doc
from .lexicon import Lexicon
from .match import Hit

NAMED_SECTORS = ("BUS", "MED", "NGO")  # sectors of the nouns a firm's, an outlet's or a charity's name follows


def sibling_name(doc: Doc, lex: Lexicon, forms: list[set[str]], hits: list[Hit], h: int) -> Hit | None:
    """'accused the carmaker Tesla', 'sued the company Tesla': the parser hangs the name right after a firm noun on
    the verb beside it (a second object, npadvmod), not on the noun it names; that name, as its apposition would be.
    Only an organisation's name after a determined noun: 'řekl novinářům Rorie McLeod' is a hearer and a speaker."""
    t = doc.tokens[h]
    if t.upos != "NOUN" or not t.text.islower() or t.head == h or lex.sector_of(forms[h]) not in NAMED_SECTORS:
        return None
    if not any(c.deprel == "det" and c.upos == "DET" for c in doc.children(h)):
        return None
    hit = next((x for x in hits if x.start == h + 1 and x.kind == "ORG"), None)
    if hit is None or hit.head == h or doc.tokens[hit.head].head != t.head or doc.tokens[hit.head].upos != "PROPN":
        return None
    return hit


def origin_body(doc: Doc, lex: Lexicon, hits: list[Hit], h: int) -> list[int]:
    """'discussions with foreign ministers from the Association of Southeast Asian Nations': the English parser hangs
    the origin phrase (origin_prepositions) right after a role noun on the noun above it; an international body it
    names is the role's, as its own phrase would be. Not on a verb ('withdrew troops from NATO') nor a state's name."""
    t = doc.tokens[h]
    nxt = h + 1
    if t.upos != "NOUN" or t.head == h or nxt >= len(doc.tokens) or doc.tokens[nxt].sent != t.sent:
        return []
    p = doc.tokens[nxt]
    up, seen = doc.tokens[t.head], 0
    while up.i != p.head and up.head != up.i and seen < 3:  # the phrase hangs on a noun above the role noun
        up, seen = doc.tokens[up.head], seen + 1
    if p.deprel != "prep" or p.lemma.lower() not in lex.origin_preps or p.head == h or up.i != p.head \
            or up.upos != "NOUN":
        return []
    return [x.head for x in hits if x.kind == "IGO" and x.code and doc.tokens[x.head].head == p.i]
