"""What a protest is for ('to demand reforms', 'to protest against X's decision', 'to denounce X') is part of it:
the purpose clause of a protest trigger is no event of its own, and its target is the protest's."""

from __future__ import annotations

from ..cameo import plover_type as lookup_type
from ..model import Mention
from .lexicon import Lexicon
from .matching import best_entry, matches
from .roles import Roles
from .udview import Node, Tree

PURPOSE_TYPES = {"REQUEST", "ACCUSE", "PROTEST"}


def protest_purpose(tree: Tree, roles: Roles, lex: Lexicon, n: Node) -> bool:
    """'staged demonstrations to demand reforms', 'a rally calling for X's removal': n is the purpose clause of
    a protest trigger (its head or the head's object noun)."""
    if n.deprel not in {"advcl", "xcomp", "acl"} or n.head == n.i:
        return False
    heads = [tree[n.head]]
    if heads[0].upos == "NOUN" and heads[0].head != heads[0].i:  # 'staged demonstrations to demand': the verb
        heads.append(tree[heads[0].head])
    for head in heads:
        best = best_entry(tree, roles, lex.entries(head.tok.lemma, head.tok.text, head.upos == "NOUN"), head)
        if best is not None and lookup_type(best[0].cameo) == "PROTEST":
            return True
    return False


def purpose_targets(tree: Tree, roles: Roles, lex: Lexicon, n: Node, anchors: list[int]) -> list[Mention]:
    """'staged demonstrations to demand reforms by X's government', 'began a hunger strike to protest against X's
    decision': a protest's target is the target of the demand or protest that states its purpose."""
    for c in [k for a in [n.i, *anchors] for k in tree.children(a, "advcl", "xcomp", "acl")]:
        for e in lex.entries(c.tok.lemma, c.tok.text, False):
            anchors_c = matches(tree, roles, e, c)
            if anchors_c is not None and lookup_type(e.cameo) in PURPOSE_TYPES:
                found = roles.source_target(e, c.i, anchors_c)[1]
                if found:
                    return found
    return []
