"""Coordinated verbs whose first conjunct names no subject noun: 'He met Putin on Monday and signed a deal with
Russia', 'V pondělí kritizoval Putina a pohrozil Rusku sankcemi' (dropped): the second verb shares the first verb's
subject, so its source is whom that pronoun or dropped subject stands for (sources.governing_source), not the nearest
actor before it in the sentence (the first verb's object: 'Putin', 'Putina', which the Czech parser may even label
nsubj: a 'subject' Roles.effective reads as the object is none)."""

from __future__ import annotations

from .agreement import finite
from .roles import Roles
from .udview import Node, is_pronoun
from .word_order import objects_labelled_subjects

# The conjunct's own words that open a clause of another kind ('and if he signs', 'a pokud podepíše', 'and which'):
# its subject is not simply the first verb's.
OWN_CLAUSE = ("nsubj", "nsubj:pass", "csubj", "expl", "mark")


def pronoun_conjunct(roles: Roles, trigger: int) -> bool:
    """Is the trigger an active verb conjoined to an active verb (no subject, marker or passive of its own) whose
    subject is one third-person personal pronoun, or dropped (a finite verb in a language that drops subjects)?"""
    tree = roles.tree
    n = tree[trigger]
    if n.deprel != "conj" or n.head == n.i or n.upos != "VERB" or tree.children(trigger, *OWN_CLAUSE):
        return False
    head = tree[n.head]
    if head.upos != "VERB" or roles.is_passive(trigger) or roles.is_passive(head.i):
        return False  # 'was arrested and charged', 'met X and was arrested': the patient is no doer
    subj = own_subjects(roles, head.i)
    if not subj:
        return bool(roles.lex.grammar.get("pro_drop")) and finite(head) and finite(n) \
            and not tree.children(head.i, "csubj", "expl", "nsubj:pass")
    return len(subj) == 1 and is_pronoun(subj[0]) and (subj[0].feat("PronType") or "Prs") == "Prs" \
        and subj[0].feat("Person") not in {"1", "2"}



def own_subjects(roles: Roles, verb: int) -> list[Node]:
    """The verb's nsubj dependents that are its subject, not an object the parser labelled nsubj."""
    read = objects_labelled_subjects(roles, verb)
    return [k for k in roles.tree.children(verb, "nsubj") if k not in read]
