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
