"""The perpetrator of an investigated or charged act named in a relative clause on it ('vyšetřuje podvody, kterých se
měl dopustit bývalý ministr', 'zahájil vyšetřování zločinů, které spáchali vojáci'): the accused (ACCUSE target)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Mention
from .dedup import one_actor
from .udview import Node

if TYPE_CHECKING:
    from .roles import Roles

ACT_RELS = ("obj", "obl", "obl:arg", "nmod")  # the act investigated: the trigger's object or its noun's genitive


def perpetrators(roles: Roles, n: Node, anchors: list[int], sources: list[Mention]) -> list[Mention]:
    """Actors who committed the act the trigger (or its object noun) is about, by a relative clause with a verb of
    perpetration on that act (grammar key perpetration_verbs)."""
    verbs, tree = roles.lex.words("perpetration_verbs"), roles.tree
    acts = [k for h in (n.i, *anchors) for k in tree.children(h, *ACT_RELS)]
    for act in acts:
        for r in tree.children(act.i, "acl:relcl"):
            for v in (r, *tree.children(r.i, "xcomp")):  # 'kterých se měl dopustit': the infinitive's arguments
                if v.lemma not in verbs:
                    continue
                found = [m for k in _doers(roles, v) for m in roles.actors(k.i)
                         if not any(one_actor(m, s) for s in sources)]
                if found:
                    return found
    return []


def _doers(roles: Roles, v: Node) -> list[Node]:
    """The subject of a perpetration verb, or a nominative or counted noun the parser took for its object ('kterých
    se měl dopustit ministr', 'mělo se dopustit 28 úředníků'); never the relative pronoun, which is the act."""
    kids = [k for k in roles.tree.children(v.i, "nsubj", "obj") if "Rel" not in (k.feat("PronType") or "")]
    return [k for k in kids if k.deprel == "nsubj" or k.feat("Case") == "Nom"
            or any(c.deprel in COUNTED for c in roles.tree.children(k.i))]  # 'mělo se dopustit 28 úředníků'


COUNTED = frozenset({"nummod:gov", "det:numgov"})  # a numeral governing its noun's case: a subject in the genitive
