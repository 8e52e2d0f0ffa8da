"""Inhabitant nouns (Rusové, Francouzi, Russians) as group mentions of their state, unless a given name before one
makes it a surname (Pavel Francouz, Jan Němec)."""

from __future__ import annotations

from ..model import Doc, Token
from .home import relative_rest
from .lexicon import Lexicon
from .match import ONE_INHABITANT, Hit
from .person_match import given_name, own_given_name


def match_inhabitants(doc: Doc, lex: Lexicon, taken: set[int]) -> list[Hit]:
    """Nouns naming a state's people (Rusové, Francouzi, Russians) as group mentions of that state."""
    hits = []
    surnames = _inhabitant_surnames(doc, lex)
    for t in doc.tokens:
        if t.i in taken or t.upos not in ("NOUN", "PROPN") or not t.text[:1].isupper():
            continue
        plural = t.feats.get("Number") == "Plur"
        if not plural and t.lemma.lower() in surnames:
            continue  # Pavel Francouz, Jan Němec ... Němec řekl: the person's surname, not an inhabitant
        code = lex.inhabitant(t.text, t.lemma, plural or _nominal_demonym(doc, lex, t))
        if code:  # one inhabitant (Češka) is a person of that state: no evidence of where the story is (home.py)
            hits.append(Hit(t.i, t.i + 1, t.i, code, "GRP", t.text, f"group:{code}:people",
                            "inhabitants" if plural else ONE_INHABITANT))
    return hits


# Relations of a noun phrase's head that acts or is acted on ('The American accused the Brazilian').
NOMINAL_RELS = ("nsubj", "nsubjpass", "nsubj:pass", "obj", "dobj", "iobj", "pobj", "obl", "appos", "conj")


def _nominal_demonym(doc: Doc, lex: Lexicon, t: Token) -> bool:
    """'The American accused the Brazilian', 'a Dutchman's ...': a demonym standing alone as the head of an article's
    noun phrase is one of that state's people, in a language whose plural demonyms name people (English); not a
    demonym the phrase goes on after ('the Czech and Slovak Republic')."""
    after = doc.tokens[t.i + 1] if t.i + 1 < len(doc.tokens) else None
    if after is not None and after.sent == t.sent and after.upos in ("NOUN", "PROPN", "ADJ", "CCONJ"):
        return False
    return lex.demonym_people and t.deprel in NOMINAL_RELS and any(
        c.upos == "DET" and c.lemma.lower() in ("the", "a", "an") for c in doc.children(t.i))


def _inhabitant_surnames(doc: Doc, lex: Lexicon) -> set[str]:
    """Lemmas of singular inhabitant nouns the article writes right after a given name (Pavel Francouz, Jan Němec,
    Martin Slovák): common Czech surnames, then the person's surname wherever the article repeats it alone."""
    out = set()
    for t in doc.tokens[1:]:
        prev = doc.tokens[t.i - 1]
        if not (t.text[:1].isupper() and prev.text[:1].isupper() and prev.sent == t.sent and prev.upos == "PROPN"
                and len(prev.text) > 2):  # 'S Poláky': a capitalised preposition is no given name
            continue
        if t.feats.get("Number") != "Plur" and lex.inhabitant(t.text, t.lemma, False) \
                and (own_given_name(lex, prev) or given_name(lex, prev)):
            out.add(t.lemma.lower())
    return out


def demonym_owners(names: list[Hit], dems: dict[int, str], lex: Lexicon) -> None:
    """A demonym right before a group names the state it lives in: 'polská Sněmovna', 'syrští Kurdové' complete
    their relative code; 'Bosnian Serbs', 'bosenští Srbové' (another state's people) are that state's civilians of
    that people (BIHCVLSRB), not the state their name belongs to."""
    for h in names:
        dem = dems.get(h.start - 1)
        if dem is None or dem not in lex.states:
            continue
        if rest := relative_rest(h.code):
            h.code, h.start, h.rule = dem + rest, h.start - 1, h.rule + "; demonym before it"
        elif h.rule == "inhabitants" and h.code in lex.states and h.code != dem:
            h.code, h.start, h.rule = f"{dem}CVL{h.code}", h.start - 1, h.rule + f"; people of {h.code} in {dem}"
