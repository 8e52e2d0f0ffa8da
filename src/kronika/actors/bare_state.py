"""A bare country noun standing for the home state: 'Stát tak zatím nevyužije nabídku' (the state = its government).

Nouns of agents.json home_state_nouns (cs 'stát') have the country sector ('' : 'český stát' is CZE) and no country
of their own; bare (singular, with no adjective, determiner, number, owner or name: not 'americký stát', 'žádný
stát', 'členské státy', 'stát Texas') and a clause's argument (not a noun's owner: 'zásahy státu', 'hlava státu')
they are the article's home government, coded like 'vláda' (GOV) by the home fallback (fallback.apply_home).
"""

from __future__ import annotations

from functools import cache

from .. import langpack
from .compose import Context, Role

STATE_SECTOR = "GOV"
MODIFIERS = {"amod", "det", "nmod", "nummod", "appos", "flat", "compound", "acl"}
ARGUMENTS = {"nsubj", "obj", "iobj", "obl"}  # a clause's party, not a noun's owner ('zásahy státu')


@cache
def home_state_nouns(lang: str) -> frozenset[str]:
    """Lemmas of the language's home_state_nouns (empty without agents.json or the key)."""
    if not langpack.has_file(lang, "agents.json"):
        return frozenset()
    return frozenset(str(w).lower() for w in langpack.load_json(lang, "agents.json").get("home_state_nouns", []))


def bare_state(ctx: Context, r: Role) -> bool:
    """Whether a role is a bare home-state noun with no country yet (see the module docstring)."""
    t = ctx.doc.tokens[r.head]
    if r.sector != "" or r.code or r.country or t.lemma.lower() not in home_state_nouns(ctx.lex.lang):
        return False
    return t.feats.get("Number") != "Plur" and t.deprel.split(":")[0] in ARGUMENTS and not any(
        c.deprel.split(":")[0] in MODIFIERS for c in ctx.doc.children(r.head))
