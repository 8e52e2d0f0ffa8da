"""Which time expression dates an event: the one in the trigger's clause, else the sentence's."""

from __future__ import annotations

from ..model import TimeExpr
from .udview import Node, Tree

PREDICATE = {"VERB", "AUX"}


def clause_head(tree: Tree, i: int) -> int:
    """The predicate whose clause contains token i (itself if it is a verb or the root)."""
    n = tree[i]
    while n.head != n.i and not (n.upos in PREDICATE or n.deprel.split(":")[0] in
                                 {"root", "ccomp", "advcl", "acl", "parataxis", "xcomp", "csubj"}):
        n = tree[n.head]
    return n.i


def _timex_head(tree: Tree, t: TimeExpr) -> Node:
    inside = range(t.start, t.end)
    for i in inside:
        if tree[i].head not in inside or tree[i].head == i:
            return tree[i]
    return tree[t.start]


def _attached(tree: Tree, t: TimeExpr) -> int:
    h = _timex_head(tree, t)
    return clause_head(tree, h.head) if h.head != h.i else h.i


def event_date(tree: Tree, timexes: list[TimeExpr], trigger: int) -> TimeExpr | None:
    """The timex of the trigger's clause (or of a verb it is an xcomp of), else the sentence's main one."""
    sent = tree[trigger].tok.sent
    mine = [t for t in timexes if t.sentence == sent and t.value]
    if not mine:
        return None
    own = {clause_head(tree, trigger)}
    n = tree[trigger]
    while n.deprel in {"xcomp", "conj"} and n.head != n.i:
        n = tree[n.head]
        own.add(n.i)
    for t in mine:
        if _attached(tree, t) in own:
            return t
    roots = {n.i for n in tree.nodes if n.tok.sent == sent and n.head == n.i}
    main = [t for t in mine if _attached(tree, t) in roots]
    if main:
        return main[0]
    # a lone date of the sentence, unless it sits in a relative clause about something else
    free = [t for t in mine if tree[_attached(tree, t)].deprel != "acl:relcl"]
    return free[0] if len({t.value for t in mine}) == 1 and free else None
