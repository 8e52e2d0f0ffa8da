"""Role nouns and the persons they describe: 'ministryně Klára Dostálová', 'Jiří Lněnička, Chairman'."""

from __future__ import annotations

from ..model import Doc
from .compose import Role, follower, listed_code, role_beats_person
from .holders import body_apposition, classifier_name, comma_apposition, name_after_phrase, name_before_body
from .lexicon import Lexicon
from .match import Hit


def unlisted_person_roles(roles: dict[int, Role]) -> None:
    """A role still without a code takes its unlisted person's country ('Jiří Lněnička, Chairman'), with its own
    sector if it has one; runs after the home country filled the roles it could (the Ministry's spokesman X: GOV)."""
    for r in roles.values():
        if r.code or r.person is None or not r.person.code or r.person.code.startswith(("IGO", "NGO", "MNC")):
            continue
        r.code = r.person.code[:3] + r.sector if r.sector else r.person.code
        r.source = "the unlisted person's country"


def attach_persons(doc: Doc, roles: dict[int, Role], persons: list[Hit], lex: Lexicon | None = None) -> None:
    """Link a role noun and the person it describes when one governs the other (flat, appos, compound)."""
    by_token = {i: p for p in persons for i in range(p.start, p.end)}
    for r in roles.values():
        t = doc.tokens[r.head]
        if r.person is not None or (lex is not None and follower(lex, lex.forms(t.text, t.lemma))):
            continue  # Příznivci Babiše: the supporters are not the person they follow
        prep = any(c.deprel == "case" for c in doc.children(r.head))  # Scholz s polským předsedou: another person
        if t.head in by_token and t.head != t.i and t.deprel in ("compound", "appos", "flat", "nmod", "amod") \
                and not prep:
            r.person = by_token[t.head]
        elif r.head + 1 in by_token and by_token[r.head + 1].start == r.head + 1:
            p = by_token[r.head + 1]
            if doc.tokens[p.head].head == r.head or doc.tokens[r.head].head == p.head:
                r.person = p
        else:  # Ministryně pro místní rozvoj Klára Dostálová: the surname hangs on the noun as flat/appos
            r.person = next((by_token[c.i] for c in doc.children(r.head) if c.i in by_token and c.i > r.head
                             and c.deprel.split(":")[0] in ("flat", "appos")), None)
        if r.person is None:
            r.person = comma_apposition(doc, r.head, by_token) or body_apposition(doc, r.head, by_token)
        if r.person is None and lex is not None:
            r.person = name_after_phrase(doc, lex, roles, r.head, by_token) \
                or classifier_name(doc, lex, r.head, by_token)
        if r.person is None:
            r.person = name_before_body(doc, r.tokens | {r.head}, r.sector, by_token)
        if r.person is None or not r.person.code or not listed_code(r):
            continue
        if not r.code and r.sector and "role held on the date" not in r.person.rule \
                and not r.person.code.startswith(("IGO", "NGO", "MNC")):
            r.code, r.source = r.person.code[:3] + r.sector, "person's country, the role noun's sector (undated)"
        elif (not r.code or r.code[:3] == r.person.code[:3]) and not role_beats_person(r):
            r.code = r.person.code
