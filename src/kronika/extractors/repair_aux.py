"""Auxiliaries the parser hangs on the wrong word: cs 'V neděli bude paní Trussová diskutovat s ...', where the
future 'bude' becomes the copula of the fronted time noun ('neděli') and the infinitive is left without its tense,
so a future act would be read as a present one (a future CONSULT is AGREE, GUIDELINES rule 2)."""

from __future__ import annotations

from .udview import NOMINAL, Node, Tree

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


def modal_argument(tree: Tree, words: set[str], n: Node) -> str:
    """A nominal the parser hung on a modal verb that takes none (grammar key argumentless_modals: 'Spojené státy
    chtějí Ukrajině poslat zbraně', 'Rusko chce s Čínou podepsat dohodu') between it and its infinitive belongs to
    the infinitive, whose recipient or partner it is."""
    if n.deprel.split(":")[0] not in {"obl", "iobj"} or n.head == n.i or n.upos not in NOMINAL:
        return ""
    modal = tree[n.head]
    if modal.lemma not in words or modal.i > n.i:
        return ""
    infinitives = [k for k in tree.children(modal.i, "xcomp") if k.i > n.i and k.feat("VerbForm") == "Inf"]
    if not infinitives:
        return ""
    return f"modal-argument:{n.tok.text}>{infinitives[0].tok.text}" if tree.rehang(
        n.i, infinitives[0].i, n.deprel) else ""
