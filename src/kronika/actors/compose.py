"""Role phrases: sector nouns combined with demonyms, names and persons (ruský prezident Vladimir Putin -> RUSGOV)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Doc, Token
from .lexicon import Lexicon
from .match import Hit

# Dependents that belong to a noun phrase in UD and in spaCy's English scheme.
MOD_RELS = {"amod", "nmod", "nmod:poss", "poss", "compound", "appos", "flat", "flat:name", "nmod:agent", "case"}
INSIDE_RELS = {"amod", "nmod", "nmod:poss", "poss", "compound", "flat", "flat:name"}


@dataclass
class Role:
    """A sector noun with what its dependents contribute."""

    head: int
    sector: str | None  # None for inherit nouns (mluvčí, šéf)
    tokens: set[int] = field(default_factory=set)
    country: str | None = None
    code: str | None = None
    person: Hit | None = None
    source: str = ""


def find_roles(doc: Doc, lex: Lexicon, forms: list[set[str]], taken: set[int]) -> dict[int, Role]:
    """Sector and inherit nouns (plural-only ones only in the plural), keyed by token index."""
    roles: dict[int, Role] = {}
    for t in doc.tokens:
        if t.i in taken or t.upos not in ("NOUN", "PROPN") or (t.upos == "PROPN" and not t.text[:1].isupper()):
            continue
        f = forms[t.i] if t.upos == "NOUN" else {t.text.lower(), t.lemma.lower()}
        sector = lex.sector_of(f)
        inherit = bool(f & lex.inherit)
        if sector is None and not inherit:
            continue
        if f & lex.plural_only and t.feats.get("Number") != "Plur":
            continue
        roles[t.i] = Role(t.i, None if inherit and sector is None else sector, {t.i})
    return roles


def resolve_roles(doc: Doc, lex: Lexicon, forms: list[set[str]], roles: dict[int, Role],
                  names: dict[int, Hit], persons: dict[int, Hit]) -> None:
    """Give each role its country (demonym, name or nested role) and code, innermost first."""
    done: set[int] = set()
    for h in roles:
        _resolve(doc, lex, forms, roles, names, persons, h, done)


def _resolve(doc: Doc, lex: Lexicon, forms: list[set[str]], roles: dict[int, Role],
             names: dict[int, Hit], persons: dict[int, Hit], h: int, done: set[int]) -> None:
    if h in done:
        return
    done.add(h)
    r = roles[h]
    inherited: str | None = None
    for c in doc.children(h):
        if c.deprel not in MOD_RELS and c.deprel.split(":")[0] not in MOD_RELS:
            continue
        dem = lex.demonym(forms[c.i]) if c.upos in ("ADJ", "PROPN", "NOUN") else None
        if dem and r.sector == "" and dem in lex.regions and doc.tokens[h].feats.get("Number") == "Sing":
            continue  # "an Asian country" is one unnamed state, not the region
        if dem and c.deprel in ("amod", "compound", "nmod", "flat"):
            r.country, r.source = r.country or dem, "demonym"
            r.tokens.add(c.i)
        elif c.i in names and names[c.i].code:
            inherited = inherited or names[c.i].code
            r.tokens |= set(range(names[c.i].start, names[c.i].end))
        elif c.i in roles:
            _resolve(doc, lex, forms, roles, names, persons, c.i, done)
            if roles[c.i].code:
                inherited = inherited or roles[c.i].code
                r.tokens |= roles[c.i].tokens
        elif c.i in persons and c.deprel in ("appos", "flat", "flat:name", "compound"):
            r.person = persons[c.i]
        elif c.i in persons and persons[c.i].code:  # Putin's government: the government of his state
            inherited = inherited or persons[c.i].code
        elif _in_phrase(lex, forms, c, h):
            r.tokens.add(c.i)
    _finish(r, inherited)


def _in_phrase(lex: Lexicon, forms: list[set[str]], c: Token, h: int) -> bool:
    """Dependents that belong in the role's span: ministry modifiers (ministr obrany), preceding adjectives."""
    if c.upos in ("NOUN", "ADJ") and forms[c.i] & set(lex.modifiers) and c.deprel in INSIDE_RELS:
        return True
    return c.upos == "ADJ" and c.deprel == "amod" and c.i < h  # bezpečnostní mluvčí, Generální tajemník


def _finish(r: Role, inherited: str | None) -> None:
    if r.sector is None:  # mluvčí, šéf: take the whole code of what they speak for
        r.code = inherited or (r.country + "GOV" if r.country else None)
        r.source = r.source or "inherited"
    elif r.country:
        r.code = r.country + r.sector if not r.country.startswith("IGO") else r.country
    elif inherited:
        base = inherited if inherited.startswith("IGO") else inherited[:3]
        r.code = base if inherited.startswith("IGO") or not r.sector else base + r.sector
        r.source = "name"
    if r.person is not None and r.person.code and (not r.code or r.code[:3] == r.person.code[:3]):
        r.code = r.person.code


def attach_persons(doc: Doc, roles: dict[int, Role], persons: list[Hit]) -> None:
    """Link a role noun and the person it describes when one governs the other (flat, appos, compound)."""
    by_token = {i: p for p in persons for i in range(p.start, p.end)}
    for r in roles.values():
        if r.person is not None:
            continue
        t = doc.tokens[r.head]
        if t.head in by_token and t.head != t.i and t.deprel in ("compound", "appos", "flat", "nmod", "amod"):
            r.person = by_token[t.head]
        elif r.head + 1 in by_token and by_token[r.head + 1].start == r.head + 1:
            p = by_token[r.head + 1]
            if doc.tokens[p.head].head == r.head or doc.tokens[r.head].head == p.head:
                r.person = p
        if r.person is not None and r.person.code and (not r.code or r.code[:3] == r.person.code[:3]):
            r.code = r.person.code
