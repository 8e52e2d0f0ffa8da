"""The state goods come from as the target of a trade measure on them: 'imposed duties on brandy imported from the
EU', 'clo na elektromobily vyrobené v Číně', 'banned imports of goods made in Russia'.

Only for SANCTION entries that found no target of their own: the goods are a phrase of the trigger or of its object
noun (two levels, 'tariffs on imports of cars made in China'), modified by a participle of making or shipping (grammar
key origin_participles) whose phrase of origin (origin_preps) names an actor. Elsewhere the maker of a thing is no
party ('Russia launched drones made in Iran' attacks no Iran).
"""

from __future__ import annotations

from ..model import Mention
from .roles import Roles, country_of
from .udview import Node

GOODS_RELS = ("obj", "obl", "nmod")
PARTICIPLE_RELS = ("amod", "acl")
ORIGIN_RELS = ("obl", "nmod")


def origin_targets(roles: Roles, n: Node, anchors: list[int], sources: list[Mention]) -> list[Mention]:
    """Actors named as the origin of the goods a measure falls on, or []."""
    tree, lex = roles.tree, roles.lex
    verbs, preps = lex.words("origin_participles"), lex.words("origin_preps")
    avoid = {country_of(m.code) for m in sources}
    layer = [k for h in (n.i, *anchors) for k in tree.children(h, *GOODS_RELS)]
    for _ in range(2):
        for goods in layer:
            for p in tree.children(goods.i, *PARTICIPLE_RELS):
                if p.lemma not in verbs:
                    continue
                for k in tree.children(p.i, *ORIGIN_RELS):
                    if not tree.case_words(k.i) & preps:
                        continue
                    found = [m for m in roles.actors(k.i) if country_of(m.code) not in avoid]
                    if found:
                        return found
        layer = [k for g in layer for k in tree.children(g.i, "nmod")]
    return []
