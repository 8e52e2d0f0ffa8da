"""State names inside persons' names: 'Tom Holland', 'Vicki Holland ... Holland also fed', 'Jordan Henderson'."""

from __future__ import annotations

from ..model import Doc, Token
from .lexicon import Lexicon
from .match import Hit
from .person_match import given_name


def surname_states(doc: Doc, lex: Lexicon, names: list[Hit]) -> set[str]:
    """The words of one-word state names the article uses as a person's name: none of their mentions is the state."""
    hit_tokens = {i for h in names for i in range(h.start, h.end)}
    return {doc.tokens[h.start].text for h in names if _surname_state(doc, lex, h, hit_tokens)}


NAME_LINKS = ("compound", "flat", "flat:name")


def _surname_state(doc: Doc, lex: Lexicon, h: Hit, hit_tokens: set[int]) -> bool:
    """A one-word state name bound into a person's name, not the state: after a known first name ('Tom Holland',
    'Michael Jordan'); for a state that is a common personal name (data key name_states), after any capitalised
    word that is no other name ('Vicki Holland'), or before a surname the article uses alone elsewhere ('Jordan
    Henderson ... Henderson said'). 'Buddhist Myanmar', 'Jordan Valley' stay the state."""
    if h.kind != "GPE" or h.end - h.start != 1:
        return False
    t = doc.tokens[h.start]
    named = t.text.lower() in lex.name_states
    if h.start > 0 and _name_link(doc, lex, doc.tokens[h.start - 1], t):
        prev = doc.tokens[h.start - 1]
        return given_name(lex, prev) or (named and prev.i not in hit_tokens)
    if named and h.start + 1 < len(doc.tokens) and _name_link(doc, lex, doc.tokens[h.start + 1], t):
        nxt = doc.tokens[h.start + 1]
        return nxt.i not in hit_tokens and any(
            o.text == nxt.text and o.i != nxt.i and doc.tokens[o.i - 1].text != t.text for o in doc.tokens[1:])
    return False


def _name_link(doc: Doc, lex: Lexicon, other: Token, t: Token) -> bool:
    """Whether a capitalised proper noun beside a state name is bound with it into one name (not 'east Bosnia',
    'South Lebanon': a part of the state, actors.json part_words)."""
    linked = (other.head == t.i and other.deprel in NAME_LINKS) or (t.head == other.i and t.deprel in NAME_LINKS)
    return linked and other.sent == t.sent and other.upos == "PROPN" and other.text[:1].isupper() \
        and other.text.lower() not in lex.part_words
