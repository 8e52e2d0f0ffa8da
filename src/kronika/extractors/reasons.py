"""The party a reason phrase blames or credits: 'sanctioned Russia over its invasion', 'blamed Moscow for its attack'.

A possessive pronoun on an act noun in a reason phrase (grammar key reason_preps) of a clause whose object names an
actor stands for that object, the one punished, blamed or praised for the act, not for the clause's subject ('The EU
imposed sanctions on Russia over its invasion of Ukraine' is Russia's invasion). Languages with a reflexive
possessive (cs 'svůj') say this by the pronoun itself and set no reason_preps.
"""

from __future__ import annotations

from ..model import Mention
from .roles import Roles

OBJECT_RELS = ("obj", "iobj")
OBJECT_PHRASE_RELS = ("nmod",)  # 'sanctions on Russia': the punished party hangs on the measure noun


def reason_possessor(roles: Roles, noun: int, clause: int, pronoun: int) -> list[Mention]:
    """The clause's object actor a reason phrase's possessive pronoun stands for, or [] (then the subject's)."""
    tree = roles.tree
    n = tree[noun]
    if n.head != clause or n.deprel.split(":")[0] != "obl" \
            or not tree.case_words(noun) & roles.lex.words("reason_preps"):
        return []
    found: list[Mention] = []
    for k in tree.children(clause, *OBJECT_RELS):
        if k.i > pronoun:
            continue
        own = roles.actors(k.i)
        found.extend(own or [m for p in tree.children(k.i, *OBJECT_PHRASE_RELS) for m in roles.actors(p.i)])
    return found
