"""The subject a verb shares with the relative clause it is coordinated with ('X, who got a ban but appealed')."""

from __future__ import annotations

from ..model import Mention
from .roles import Roles
from .udview import Node


def relative_subject(roles: Roles, trigger: int) -> Node | None:
    """'Tetteh, who got a ban but appealed', 'Tetteha, který sice dostal trest, ale odvolal se': a verb coordinated with
    a relative clause shares its relative subject; the named noun it stands for when that noun is an actor mention,
    coded or not (an uncoded name is the subject all the same, not an actor of an earlier sentence), else None."""
    tree = roles.tree
    n = tree[trigger]
    while n.deprel == "conj" and n.head != n.i and not tree.children(n.i, "nsubj", "nsubj:pass"):
        n = tree[n.head]
    first = _concessive_first(roles, trigger)
    for k in tree.children(n.i, "nsubj", "nsubj:pass") + (tree.children(first.i, "nsubj") if first else []):
        a = roles.antecedent(k)
        if a is not k and (roles.actors(a.i) or any(m.start <= a.i < m.end for m in roles.doc.mentions)):
            return a
    return None


def _concessive_first(roles: Roles, trigger: int) -> Node | None:
    """'který sice dostal trest, ale odvolal se': the relative clause opened by a concessive first half (grammar key
    concessive_first, cs 'sice') that a coordinated verb continues, wherever the parser hung the second half."""
    tree = roles.tree
    if tree[trigger].deprel != "conj" or not tree.children(trigger, "cc"):
        return None
    first = roles.lex.words("concessive_first")
    sent = roles.doc.sentences[tree[trigger].tok.sent]
    for j in range(trigger - 1, sent.start - 1, -1):
        v = tree[j]
        if v.deprel == "acl:relcl" and any(c.lemma.lower() in first for c in tree.children(j, "cc", "advmod")):
            return v
    return None


def relative_controller(roles: Roles, n: Node) -> tuple[list[Mention], str] | None:
    """'Putin, who wants to meet Xi', 'Trump, who is sure to veto it': a governing verb (or copula) of an infinitive
    chain whose subject is a relative pronoun controls the infinitive; the pronoun's noun is its subject (its actors,
    none when the noun is no actor). None when the verb has no relative subject."""
    rel = [k for k in roles.tree.children(n.i, "nsubj", "nsubj:pass", "nsubjpass") if roles.antecedent(k) is not k]
    if not rel:
        return None
    found = [m for k in rel for m in roles.actors(k.i)]
    return (found, f"antecedent:relative:{n.tok.text}") if found else ([], "")
