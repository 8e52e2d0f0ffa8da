"""Joint plural subjects: 'both authorities had a discussion', 'the two ministries agreed'.

A talk, agreement or cooperation needs two sides. When its only actor is one plural common noun counted as a pair
('both', grammar key pair_determiners; 'the two', pair_numerals) and no partner is named, the pair is the two sides:
the group is its own partner (source and target the same actor, as the gold codes 'both authorities had a
discussion'), as a reciprocal pronoun would make it ('accused each other', targets.reciprocal). Only as the
subject ('talks between the two neighbours' names two states the actors step folded into one code), not for a
country or other named entity ('both countries'), not for a visit ('visits by both domestic and foreign tourists').
"""

from __future__ import annotations

from ..model import Mention
from .roles import Roles

PERSONS_OR_GROUPS = {"PER", "GRP", "ORG", "NORP", ""}
VISITS = ("042", "043")  # a visit is one way (events.py)


def joint_pair(roles: Roles, sources: list[Mention], cameo: str) -> bool:
    """Is the only source a plural common noun subject counted as a pair ('both authorities', 'the two sides')?"""
    if len(sources) != 1 or cameo.startswith(VISITS):
        return False
    m = sources[0]
    tree = roles.tree
    n = tree[m.head]
    if n.upos != "NOUN" or n.feat("Number") != "Plur" or m.kind not in PERSONS_OR_GROUPS or not m.code \
            or n.deprel != "nsubj":
        return False
    kids = {k.lemma for k in tree.children(n.i, "det", "nummod", "det:predet")}
    return bool(kids & roles.lex.words("pair_determiners")) or ("the" in kids and bool(
        kids & roles.lex.words("pair_numerals")))
