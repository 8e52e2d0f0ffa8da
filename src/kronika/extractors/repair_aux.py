"""Auxiliaries the parser hangs on the wrong word: cs 'V neděli bude paní Trussová diskutovat s ...', where the
future 'bude' becomes the copula of the fronted time noun ('neděli') and the infinitive is left without its tense,
so a future act would be read as a present one (a future CONSULT is AGREE, GUIDELINES rule 2)."""

from __future__ import annotations

from .udview import Node, Tree

# Relations of a fronted adverbial or subordinator under which the parser hides the clause's auxiliary ('až budou
# dráhy obhajovat': the copula of 'až').
ADVERBIAL_RELS = frozenset({"obl", "obl:tmod", "advmod", "nmod", "mark"})


def displaced_future(tree: Tree, n: Node) -> str:
    """A future auxiliary (Tense=Fut AUX) read as the copula of an adverbial of an infinitive that has no
    auxiliary or copula of its own is that infinitive's auxiliary (the periphrastic future 'bude diskutovat'). Not a
    copula of a nominal predicate ('bude prezidentem'): its head then is no adverbial of an infinitive."""
    if n.upos != "AUX" or n.feat("Tense") != "Fut" or n.deprel != "cop" or n.head == n.i:
        return ""
    adverbial = tree[n.head]
    if adverbial.deprel not in ADVERBIAL_RELS or adverbial.head == adverbial.i:
        return ""
    verb = tree[adverbial.head]
    if verb.upos != "VERB" or verb.feat("VerbForm") != "Inf" or tree.children(verb.i, "aux", "cop", "aux:pass"):
        return ""
    return f"future-aux:{n.tok.text}>{verb.tok.text}" if tree.rehang(n.i, verb.i, "aux") else ""
