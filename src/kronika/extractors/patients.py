"""Patient phrases: 'officers were under investigation', 'troops came under attack from X', 'jsou pod palbou': a
hostile noun trigger in a phrase of one of the grammar's patient_preps names what is done TO its clause's subject,
so that subject is the target, never the source; the agent is the noun's own by/from phrase or bare genitive."""

from __future__ import annotations

from ..model import Mention
from .roles import Roles
from .subjects import is_pronoun
from .udview import Node

# Types whose noun in a patient phrase is suffered by the clause's subject ('under attack', 'under investigation',
# 'under pressure', 'under sanctions'); not cooperation ('under the agreement, X will ...', 'pod záštitou X').
PATIENT_TYPES = frozenset({"ACCUSE", "ASSAULT", "COERCE", "SANCTION", "THREATEN", "REQUEST"})


def patient_holder(roles: Roles, noun: int) -> Node | None:
    """The clause whose subject suffers a noun trigger in a patient phrase (grammar key patient_preps): the verb it
    hangs on ('came under attack', 'zůstává pod vyšetřováním') or the noun itself as a predicate ('jsou pod palbou')."""
    tree = roles.tree
    n = tree[noun]
    if not tree.case_words(n.i) & roles.lex.words("patient_preps"):
        return None
    if n.head == n.i or tree.children(n.i, "cop"):
        return n
    if n.deprel.split(":")[0] == "obl" and tree[n.head].upos in {"VERB", "AUX"}:
        return tree[n.head]
    return None


def patient_roles(roles: Roles, noun: int, sources: list[Mention], targets: list[Mention]
                  ) -> tuple[list[Mention], list[Mention]]:
    """Source and target of a noun trigger in a patient phrase: the clause's actor subject is the target, the noun's
    agent phrase (grammar keys patient_agent_preps, patient_agent_cases) or its own source specs the source."""
    holder = patient_holder(roles, noun)
    if holder is None:
        return sources, targets
    tree = roles.tree
    subj = [m for k in tree.children(holder.i, "nsubj", "nsubj:pass") if k.i != noun and not is_pronoun(k)
            for m in roles.actors(k.i)]
    ids = {m.actor_id for m in subj}
    sources = [m for m in sources if m.actor_id not in ids] or _agents(roles, tree[noun])
    return sources, targets or subj


def _agents(roles: Roles, n: Node) -> list[Mention]:
    """Actors of the noun's agent phrase: 'under attack from Russian forces', 'pod palbou ruských sil'."""
    tree, lex = roles.tree, roles.lex
    preps, cases = lex.words("patient_agent_preps"), set(lex.grammar.get("patient_agent_cases", []))
    return [m for k in tree.children(n.i, "nmod", "obl")
            if (tree.case_words(k.i) & preps) or (not tree.has_case(k.i) and k.feat("Case") in cases)
            for m in roles.actors(k.i)]
