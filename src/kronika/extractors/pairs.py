"""Pair phrases: 'Rusko a KLDR ... Obě země se dohodly', 'both countries agreed' name the pair of actors told before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention

if TYPE_CHECKING:
    from .roles import Roles


def pair_word(roles: Roles, i: int) -> bool:
    """'obě země', 'both countries': a nominal quantified by a pair word of the grammar."""
    pair = roles.lex.words("pair_words")
    return bool(pair) and any(k.lemma in pair for k in roles.tree.children(i) if k.deprel.split(":")[0]
                              in {"nummod", "det", "amod", "preconj", "cc:preconj"})


def last_pair(roles: Roles, i: int) -> list[Mention]:
    """The closest preceding coordinated pair of actors ('Rusko a KLDR ... obě země')."""
    for j in range(i - 1, -1, -1):
        m = roles.by_token.get(j)
        if m is None or j != m.head:
            continue
        members = [roles.actor_of(c.i) for c in roles.members(j)]
        found = [a for a in members if a is not None]
        if len(found) == 2 and found[0] is not found[1]:
            return found
    return []


PAIR_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg"})  # a pair phrase as a party itself


def members(roles: Roles, i: int, found: list[Mention]) -> list[Mention]:
    """'Rusko a KLDR ... Obě země se dohodly', 'both countries agreed': a subject or object quantified by a pair word
    (grammar key pair_words) names the closest preceding pair of actors (last_pair), not the one member the
    phrase alone was resolved to; in a modifier ('a pact between the two countries') only when it names no one."""
    if not pair_word(roles, i) or len({m.code for m in found}) > 1 or (found and roles.tree[i].deprel not in PAIR_RELS):
        return found
    pair = last_pair(roles, i)
    return pair if pair and {m.code for m in found} <= {p.code for p in pair} else found
