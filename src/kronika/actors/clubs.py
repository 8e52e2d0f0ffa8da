"""Sports clubs: an unlisted name the text marks as a club (Fotbalová Sparta, klub Sparta, AC Sparta) is a club of
the article's home country, and so are the article's bare mentions of that name."""

from __future__ import annotations

from ..model import Doc, Token
from .lexicon import Lexicon
from .match import Hit
from .person_match import given_name, word_keys

CLUB = "BUS"  # the wmt-dev2/dev3 gold codes a football club as a firm of its country (Slavia CZEBUS|CZE)
NOUN_LINKS = ("appos", "flat", "nmod", "compound")  # klub Sparta, the Sparta club
MARK_RELS = ("amod", "compound")  # Fotbalová Sparta, football side X


def club_names(doc: Doc, lex: Lexicon, hits: list[Hit], home: str | None) -> None:
    """Code an unresolved name a sport word marks as a club <home>BUS, then every unresolved mention of the same
    name in the article: the one-word-name rule (lone.py) leaves plain names open, a club's introduction is the
    evidence it is a body."""
    if not home or not lex.club_words:
        return
    keys: set[str] = set()
    for h in hits:
        if h.code is None and h.status == "unresolved" and _marked(doc, lex, h) and not _first_named(doc, lex, h):
            _code(h, home, "a name marked as a sports club")
            keys |= {k for w in _words(doc, lex, h) for k in w}
    for h in hits if keys else []:
        words = _words(doc, lex, h)
        if h.code is None and h.status == "unresolved" and words and all(w & keys for w in words):
            _code(h, home, "the name the article introduced as a sports club")


def _code(h: Hit, home: str, why: str) -> None:
    """Resolve the hit as a club of the home country."""
    h.code, h.status, h.reason, h.kind = home + CLUB, "resolved", "", "ORG"
    h.rule += f"; {why} of the home country ({home})"


def _club_word(lex: Lexicon, t: Token) -> bool:
    """Whether the token is a sport adjective, a club noun or a club abbreviation (FC, AC)."""
    return t.text.lower() in lex.club_words or t.lemma.lower() in lex.club_words


def _marked(doc: Doc, lex: Lexicon, h: Hit) -> bool:
    """A club abbreviation inside the name (AC Sparta), a sport adjective or club noun on its head (Fotbalová
    Sparta), or the name hung on a club noun (klub Sparta, the Sparta side)."""
    toks = doc.tokens[h.start:h.end]
    if not all(t.upos == "PROPN" or _club_word(lex, t) for t in toks):
        return False
    if any(_club_word(lex, t) and t.text.isupper() for t in toks):
        return True
    head = doc.tokens[h.head]
    if any(c.deprel.split(":")[0] in MARK_RELS and _club_word(lex, c) for c in doc.children(head.i)):
        return True
    up = doc.tokens[head.head]
    return head.head != head.i and head.deprel.split(":")[0] in NOUN_LINKS and up.upos == "NOUN" \
        and _club_word(lex, up) and not any(c.deprel == "case" for c in doc.children(head.i))


def _first_named(doc: Doc, lex: Lexicon, h: Hit) -> bool:
    """Whether the name starts with a known first name (tým Jana Nováka is a person's team)."""
    return given_name(lex, doc.tokens[h.start])


def _words(doc: Doc, lex: Lexicon, h: Hit) -> list[set[str]]:
    """The keys of each of the name's own words (not its club words)."""
    return [word_keys(lex, t) for t in doc.tokens[h.start:h.end] if t.upos == "PROPN" and not _club_word(lex, t)]
