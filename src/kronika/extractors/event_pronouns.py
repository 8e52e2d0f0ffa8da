"""Subjects that stand for an event, not an actor: 'This led to drastic losses and allowed ISIL to grow', cs 'To
vedlo ke ztrátám a umožnilo ...'. A demonstrative pronoun subject of neuter or no gender (grammar key
event_pronouns: en 'this', 'that'; cs 'ten', 'tento' in the neuter) refers back to what happened, so the verb (or a
verb conjoined to it that shares the subject) takes no source from an earlier actor; a masculine or feminine
demonstrative ('Ten ...' for a man) is left to the antecedent rules."""

from __future__ import annotations

from .roles import Roles
from .udview import Node

MAX_CONJ = 3


def event_pronoun_subject(roles: Roles, trigger: int) -> Node | None:
    """The event pronoun that is the subject of the trigger or of the verbs it is conjoined to, or None."""
    tree, words = roles.tree, roles.lex.words("event_pronouns")
    if not words:
        return None
    n = tree[trigger]
    for _ in range(MAX_CONJ):
        subj = tree.children(n.i, "nsubj", "nsubj:pass")
        if subj:
            k = subj[0]
            dem = k.upos == "PRON" and "Dem" in (k.feat("PronType") or "") and k.lemma.lower() in words
            return k if dem and k.feat("Gender") not in {"Masc", "Fem"} else None
        if n.deprel != "conj" or n.head == n.i:
            return None
        n = tree[n.head]
    return None
