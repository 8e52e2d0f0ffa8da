"""States a country-less subject acts on in its own clause ('Vláda schválila pomoc Polsku', 'the government sent
soldiers to help Poland'): a body that helps, sends to or acts on a state is rarely that state's own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nearest import STATE_ORGANS

if TYPE_CHECKING:
    from ..model import Token
    from .compose import Context

SUBJECT_RELS = ("nsubj", "nsubj:pass", "nsubjpass")
# Relations a clause's own arguments and their phrases hang by (no subjects, clauses with their own subject, nor
# coordinated clauses: 'the government said Poland ...' names Poland in another clause).
PATH_RELS = ("obj", "dobj", "iobj", "obl", "nmod", "prep", "pobj", "xcomp", "advcl", "acl", "dative")
# A state hanging by these is an argument of the clause, not a possessor ('spojenci Polska', Poland's allies).
ARG_RELS = ("obj", "dobj", "iobj", "obl", "pobj", "dative")
ARG_CASES = ("Dat", "Acc")


def acted_on_states(ctx: Context, i: int) -> set[str]:
    """The states named as arguments of the clause whose subject is token i (its object, recipient or the goal of a
    purpose clause), not as subjects or possessors; empty when token i is no clause's subject."""
    t = ctx.doc.tokens[i]
    if t.deprel not in SUBJECT_RELS or t.head == i or ctx.doc.tokens[t.head].upos not in ("VERB", "AUX"):
        return set()
    out: set[str] = set()
    stack = [c for c in ctx.doc.children(t.head) if c.i != i]
    while stack:
        c = stack.pop()
        rel = c.deprel.split(":")[0] if c.deprel not in PATH_RELS else c.deprel
        if rel not in PATH_RELS or (c.upos == "VERB" and _own_subject(ctx, c.i)):
            continue
        hit = ctx.names.get(c.i)
        if hit is not None and hit.kind == "GPE" and hit.code and len(hit.code) == 3 and _argument(ctx, c):
            out.add(hit.code)
        stack += ctx.doc.children(c.i)
    return out


def _own_subject(ctx: Context, i: int) -> bool:
    """Whether a verb has a subject of its own (another clause: 'poté, co Polsko požádalo')."""
    return any(c.deprel.split(":")[0] in ("nsubj", "csubj", "nsubjpass") for c in ctx.doc.children(i))


def _argument(ctx: Context, t: Token) -> bool:
    """Whether a name hangs as an argument (object, oblique, recipient, goal) rather than as an owner ('of Nepal') or
    a place the clause is set in ('v Polsku', 'na Haiti', 'in Poland'; 'zaútočilo na Kyjev', Acc, is a target)."""
    preps = [c for c in ctx.doc.children(t.i) if c.deprel == "case"]
    if ctx.doc.tokens[t.head].upos == "ADP" and t.head != t.i:  # spaCy's English: the preposition heads its object
        preps.append(ctx.doc.tokens[t.head])
    case = t.feats.get("Case")
    for p in (p.lemma.lower() for p in preps):
        cases = ctx.lex.place_prep_cases.get(p)
        if p in ctx.lex.genitive_preps or (p in ctx.lex.place_preps - ctx.lex.goal_preps
                                           and (not cases or not case or case in cases)):
            return False
    rel = t.deprel
    return rel.split(":")[0] in ARG_RELS or (rel == "nmod" and case in ARG_CASES)


def home_fallback(ctx: Context, i: int, sent: set[str], sector: str) -> tuple[str | None, str] | None:
    """(state or None, why) a country-less organ at token i falls back on: the article's clear home, else the only
    state its sentence names; not for a state organ whose own clause acts on that state (then the language default
    when it is another state, else no country: a wrong country is worse than none); None when neither applies."""
    state, why = (ctx.home, f"home country, {ctx.home_rule}") if ctx.home else \
        (next(iter(sent)), "the only state its sentence names") if len(sent) == 1 else (None, "")
    if state is None:
        return None
    acted = acted_on_states(ctx, i) if sector in STATE_ORGANS else set()  # rebels storm their own capital
    if state not in acted:
        return state, why
    default = ctx.lex.home_default
    if default and default not in acted:
        return default, f"language default: its clause acts on {state}, which it is not"
    return None, f"its clause acts on {state}, which it is not: no country"
