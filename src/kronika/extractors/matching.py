"""Which lexicon entry fits a trigger: particles, object nouns and prepositions on the UD tree."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import Entry, fold
from .roles import CLAUSE, Roles
from .subjects import is_pronoun
from .udview import Node, Tree

OBJECT_RELS = {"obj", "obl", "iobj", "nsubj", "nmod", "conj", "appos", "flat"}


def best_entry(tree: Tree, roles: Roles, entries: list[Entry], n: Node) -> tuple[Entry, list[int]] | None:
    """The most specific fitting entry; among equals, the one whose object noun is closest to the trigger
    ('schválila balík sankcí': sankce under balík beats nothing, 'poskytnou pomoc' beats a deeper noun)."""
    best: tuple[tuple[int, int, int], Entry, list[int]] | None = None
    for order, e in enumerate(entries):
        anchors = matches(tree, roles, e, n)
        if anchors is None:
            continue
        depth = min(len(tree.ancestors(a)) for a in anchors) - len(tree.ancestors(n.i)) if anchors else 0
        rank = (-e.specificity, depth, order)
        if best is None or rank < best[0]:
            best = (rank, e, anchors)
    return (best[1], best[2]) if best else None


def matches(tree: Tree, roles: Roles, e: Entry, n: Node) -> list[int] | None:
    """The object nouns that license an entry at node n ([] if it needs none), or None if it does not fit."""
    if e.particle:
        parts = {e.particle.lower()}
        kids = tree.children(n.i)
        if not any(k.lemma in parts or k.tok.text.lower() in parts for k in kids
                   if k.deprel.split(":")[0] in {"compound", "expl", "obj", "advmod", "prt", "obl"}) \
                and not any(parts & tree.case_words(k.i) for k in kids):  # 'called on X': particle parsed as prep
            return None
    anchors: list[int] = []
    if e.objects:
        anchors = object_nodes(tree, roles, e, n)
        if not anchors:
            return None
    if e.prep:
        prep = e.prep.lower()
        if not any(prep in tree.case_words(k.i) and not _in_timex(roles, k.i)
                   for a in [n.i, *anchors] for k in tree.children(a)):
            return None
    return anchors


def _in_timex(roles: Roles, i: int) -> bool:
    """Is token i part of a time expression ('on Monday', 'in March'): a date, not the entry's preposition phrase
    ('attacked X on Monday' is no 'attack on')."""
    return any(t.start <= i < t.end for t in roles.doc.timexes)


_CLAUSE_NOT_CONJ = CLAUSE - {"conj"}


def object_nodes(tree: Tree, roles: Roles, e: Entry, n: Node) -> list[int]:
    """Nouns of the trigger's clause (depth <= 3) whose lemma is one of the entry's objects."""
    wanted = folded(e.objects)
    out: list[int] = []
    layer = [n]
    for _ in range(3):
        nxt: list[Node] = []
        for x in layer:
            for k in tree.children(x.i):
                rel = k.deprel.split(":")[0]
                if rel in _CLAUSE_NOT_CONJ or rel not in OBJECT_RELS:
                    continue
                ref = roles.antecedent(k) if not is_pronoun(k) else k
                if fold(ref.lemma) in wanted or fold(k.lemma) in wanted:
                    out.append(k.i)
                nxt.append(k)
        layer = nxt
    return out


@lru_cache(maxsize=4096)
def folded(objects: frozenset[str]) -> frozenset[str]:
    """An entry's object lemmas without diacritics (memoised: asked for every candidate trigger)."""
    return frozenset(fold(o) for o in objects)
