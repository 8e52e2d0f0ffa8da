"""Gender agreement of an English personal pronoun with a person antecedent: 'she/her' is no one the text calls a
man, 'he/him/his' no one it calls a woman. English nouns show no gender, so the sex of a person mention is read from
the words of the pack's gender.json: an honorific before the name ('Mr', 'Ms'), a role noun of one sex in the
mention ('man', 'the daughter'), a given name of one sex ('Ellie Cooper'), over all mentions of the same actor. A
person none of them describe, or described both ways, stays compatible with either pronoun. Languages whose nouns
carry gender (cs: '-ová', feminine verb agreement) have no gender.json: their morphology decides elsewhere."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .. import langpack
from ..model import Doc, Mention, Token

if TYPE_CHECKING:
    from .roles import Roles
    from .udview import Node

GENDERS = ("Masc", "Fem")


@cache
def _words(lang: str) -> dict[str, tuple[frozenset[str], ...]]:
    """gender -> (honorifics, role nouns, given names, surname endings), lower-cased; empty without gender.json."""
    if not langpack.has_file(lang, "gender.json"):
        return {}
    data = langpack.load_json(lang, "gender.json")
    return {g: tuple(frozenset(w.lower() for w in data[g].get(k, []))
                     for k in ("honorifics", "nouns", "given_names", "surname_endings")) for g in GENDERS if g in data}


def _said(doc: Doc, lang: str, m: Mention) -> set[str]:
    """The genders the words of one mention (and the honorific right before it) give its person."""
    words, toks = _words(lang), doc.tokens
    found = set()
    for g, (honorifics, nouns, names, endings) in words.items():
        if m.start > 0 and toks[m.start - 1].text.lower() in honorifics:
            found.add(g)
        for t in toks[m.start:m.end]:
            honorific = t.text.lower() in honorifics and t.i < m.end - 1  # 'Mr Johnson', not 'the king'
            if honorific or (t.upos == "NOUN" and t.lemma.lower() in nouns and t.feats.get("Number") != "Plur"):
                found.add(g)
        if m.kind == "PER" and toks[m.start].upos == "PROPN" and m.end - m.start > 1 \
                and toks[m.start].text.lower() in names:
            found.add(g)
        last = toks[m.end - 1]
        if m.kind == "PER" and last.upos == "PROPN" and last.text.lower().endswith(tuple(endings)):
            found.add(g)
    return found


def mention_gender(doc: Doc, lang: str, m: Mention) -> str | None:
    """'Masc' or 'Fem' when the words of the actor's mentions say one sex only; None when unknown or mixed."""
    if not _words(lang) or m.kind not in {"PER", "GRP"}:
        return None
    same = [x for x in doc.mentions if x is m or (m.actor_id and x.actor_id == m.actor_id)]
    found = set().union(*(_said(doc, lang, x) for x in same)) if same else _said(doc, lang, m)
    return next(iter(found)) if len(found) == 1 else None


def fits_gender(doc: Doc, lang: str, pronoun: Token | Node, m: Mention) -> bool:
    """May a gendered pronoun ('she', 'his') stand for the mention's person? Unknown gender fits either."""
    want = pronoun.feat("Gender")
    if want not in GENDERS or pronoun.feat("Number") == "Plur":
        return True
    have = mention_gender(doc, lang, m)
    return have is None or have == want


def compatible(roles: Roles, pronoun: Node, m: Mention) -> bool:
    """fits_gender on the roles' document and language."""
    return fits_gender(roles.doc, roles.lex.lang, pronoun, m)


def speaker_fits(doc: Doc, lang: str, pronoun: Token, head: int) -> bool:
    """May a gendered pronoun stand for the person mention whose words hold the token (a quote's speaker)?"""
    return all(fits_gender(doc, lang, pronoun, m) for m in doc.mentions if m.start <= head < m.end)
