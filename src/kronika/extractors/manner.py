"""Manner phrases of cooperation: 'X did Y in cooperation with Z', 'X ve spolupráci se Z připravil Y'.

A noun of cooperation (grammar key cooperation_manner_nouns) under a manner preposition (cooperation_manner_preps,
en 'in', cs 'v'/'ve') with a comitative partner phrase ('with Z', 'se Z') says how the clause's actor acted: that
actor cooperates with Z (complements.partner_clause_source finds the verb's subject or by-agent, or the speaker of a
first-person quote). The parser often hangs the phrase on the nearest noun ('will look into the cause of the crash
in cooperation with experts'): lift_manner_phrases rehangs it on the verb of its clause, whose modality it then
shares ('will': AGREE). A subjectless clause's actor is the subject it inherits ('pověřil podřízené, aby ve
spolupráci s parlamentem pracovali na opatření'): manner_partner_source.
"""

from __future__ import annotations

from ..model import Mention
from .lexicon import Lexicon
from .roles import Roles
from .sources import reported_or_inherited
from .udview import Node, Tree

VERBAL = {"VERB", "AUX"}
SUBJECTS = ("nsubj", "nsubj:pass", "obl:agent")


def lift_manner_phrases(tree: Tree, lex: Lexicon) -> list[str]:
    """Rehang a manner phrase of cooperation the parser hung on a noun ('look into the cause of the crash in
    cooperation with X') on the verb of its clause, as its oblique: the phrase says how the verb's act is done."""
    nouns, preps, notes = lex.words("cooperation_manner_nouns"), lex.words("cooperation_manner_preps"), []
    for n in tree.nodes:
        if n.lemma.lower() not in nouns or n.deprel != "nmod" or n.head == n.i or tree[n.head].upos in VERBAL \
                or not tree.case_words(n.i) & preps:
            continue
        verb = _clause_verb(tree, n)
        if verb is not None and tree.rehang(n.i, verb.i, "obl"):
            notes.append(f"manner phrase {n.tok.text!r} -> {verb.tok.text!r}")
    return notes


def manner_partner_source(roles: Roles, n: Node) -> tuple[list[Mention], str]:
    """The actor of a subjectless clause a manner phrase of cooperation with a named partner stands in: the subject
    the clause inherits ('pověřil podřízené, aby ve spolupráci s parlamentem pracovali'); ([], '') if none."""
    tree = roles.tree
    if not _manner_phrase(roles, n) or n.deprel.split(":")[0] != "obl" or tree[n.head].upos not in VERBAL:
        return [], ""
    partners = _partners(roles, n)
    verb = tree[n.head]
    if not partners or tree.children(verb.i, *SUBJECTS):  # a subject of its own: partner_clause_source's case
        return [], ""
    found, how = reported_or_inherited(roles, verb.i)
    if not found and verb.deprel.split(":")[0] == "ccomp" and verb.head != verb.i:
        found, how = reported_or_inherited(roles, verb.head)  # 'pověřil podřízené, aby pracovali': his staff
    found = [m for m in found if m.head not in partners]
    return found, f"manner+{how}" if found else ""


def _manner_phrase(roles: Roles, n: Node) -> bool:
    """The noun stands under a manner preposition ('in cooperation', 've spolupráci') as an adjunct."""
    if n.head == n.i or n.deprel.split(":")[0] not in {"obl", "nmod"}:
        return False
    preps = roles.lex.words("cooperation_manner_preps")
    return bool(preps and roles.tree.case_words(n.i) & preps)


def _partners(roles: Roles, n: Node) -> set[int]:
    """Heads of the actors the noun's comitative phrase names ('with the institute', 'se státním parlamentem')."""
    tree = roles.tree
    preps = roles.lex.words("comitative_preps")
    phrases = [k for k in tree.children(n.i, "nmod", "obl") if tree.case_words(k.i) & preps]
    return {m.head for k in phrases for x in [k, *tree.children(k.i, "conj")] for m in roles.actors(x.i)}


def _clause_verb(tree: Tree, n: Node) -> Node | None:
    """The verb the phrase belongs to: its head, or up through the nouns the parser hung it on."""
    x = tree[n.head]
    for _ in range(4):
        if x.upos in VERBAL:
            return x
        if x.head == x.i or x.deprel.split(":")[0] not in {"obj", "obl", "nmod"}:
            return None  # a subject noun or a clause of its own: the phrase is not the clause's manner
        x = tree[x.head]
    return None
