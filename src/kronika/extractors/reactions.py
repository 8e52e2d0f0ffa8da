"""Reactions to an act named by an anaphoric noun: 'The United States imposed new sanctions on Iran. Tehran condemned
the move.', 'Peking návštěvu odsoudil', 'Israel welcomed the decision'. A reaction (condemnation, criticism, welcome,
rejection, protest) whose object is an act noun (grammar key act_anaphors) with no actor in its own phrase is aimed
at the actor of the act the noun refers to: the last earlier event of the same or the previous two sentences that
fits the noun (a visit a visit, a generic 'move' or 'krok' any act), the reacting side's own acts left out. Without
such an event nothing is inferred (the home counterpart may still stand for it: 'Opozice kritizovala plán')."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from ..model import Event, Mention
from .dedup import STATE_SECTORS
from .lexicon import fold
from .targets import country_of, self_reference
from .udview import Node

if TYPE_CHECKING:
    from .roles import Roles

REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
COMMENTS = frozenset({"ACCUSE"})  # criticism is no 'move', 'decision' or 'opatření' of its own
LOOKBACK = 2  # sentences before the reaction's own in which the act may be told
OBJECT_RELS = ("obj", "dobj", "nsubj:pass", "nsubjpass")
ANAPHOR_TAG = "act-anaphor"  # the rule suffix of an event whose target this module found (events.py)


def act_kinds(roles: Roles) -> dict[str, list[str]]:
    """The act nouns of the grammar (key act_anaphors, folded) with the event kinds each may name."""
    return {fold(k): v for k, v in (roles.lex.grammar.get("act_anaphors") or {}).items()}


def act_nouns(roles: Roles, n: Node) -> list[Node]:
    """The trigger's object nouns that name an act (grammar key act_anaphors) and no actor in their own phrase."""
    tree, kinds = roles.tree, act_kinds(roles)
    if n.upos == "NOUN" or not kinds:
        return []
    out = []
    for k in tree.children(n.i, *OBJECT_RELS):
        if fold(k.lemma) not in kinds:
            continue
        if not any(roles.mention_at(x.i) is not None for x in tree.subtree(k.i)):
            out.append(k)
    return out


def act_actors(roles: Roles, n: Node, plover: str, sources: list[Mention]) -> list[Mention]:
    """The actors of the act a reaction's anaphoric object noun refers to (see the module docstring)."""
    if plover not in REACTION_TYPES:
        return []
    nouns = act_nouns(roles, n)
    found = act_antecedent(roles, nouns[0], n.i, [s.code or "" for s in sources]) if nouns else []
    if found:
        roles.reactions.add(n.i)
    return found


def act_antecedent(roles: Roles, noun: Node, before: int, own: list[str], avoid: Collection[str] = ()
                   ) -> list[Mention]:
    """The source mentions of the last event before token `before` (same or LOOKBACK previous sentences) that the
    act noun may name, not of the reacting side (codes `own`, countries `avoid`) nor itself a resolved reaction."""
    fits = act_kinds(roles).get(fold(noun.lemma), [])
    first = noun.tok.sent - LOOKBACK
    earlier = [(i, e) for i, e in roles.acts if i < before and e.sentence >= first and i not in roles.reactions]
    for i in sorted({i for i, _ in earlier}, reverse=True):
        found = [m for j, e in earlier if j == i and _fits(e, fits) for m in _source(roles, e, own, avoid)]
        if found:
            return found
    return []


def _fits(e: Event, fits: list[str]) -> bool:
    """Is the event an act the noun may name: of a listed PLOVER type or CAMEO prefix (for an empty list any but a
    comment: 'Kritici tvrdí, že taková opatření ...' is no measure of the critics), neither negated nor merely
    possible?"""
    if e.negated or e.hypothetical or e.source is None:
        return False
    return any(e.type == f or e.cameo.startswith(f) for f in fits) if fits else e.type not in COMMENTS


def _source(roles: Roles, e: Event, own: list[str], avoid: Collection[str]) -> list[Mention]:
    """The mention of the event's source, unless it is the reacting side: the same actor, or for a state reacting,
    an organ of the same state ('Tehran condemned the move' never aims at Iran's own act)."""
    src = e.source
    if src is None or src.span is None or country_of(src.code) in avoid or any(_own_side(src.code, c) for c in own):
        return []
    return [m for m in roles.doc.mentions if m.span == src.span and m.code == src.code][:1]


def _own_side(a: str | None, b: str | None) -> bool:
    """Are two codes one side: one actor (RUS, RUSGOV), or two organs of one state (IRNGOV, IRNMIL)?"""
    if not a or not b:
        return False
    if self_reference(a, b):
        return True
    ca, cb = country_of(a), country_of(b)
    return ca == cb and a[len(ca):len(ca) + 3] in STATE_SECTORS and b[len(cb):len(cb) + 3] in STATE_SECTORS
