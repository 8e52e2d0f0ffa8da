"""An aside between a verb and its object: 'Berb met, according to the police, not only Nezmar, but also Tvrdík',
'Russia attacked, according to Ukraine, several cities'. spaCy's English hangs the object after the closing comma
on the aside's noun (an apposition or conjunct of 'the police') or on the verb as a bare noun modifier (npadvmod),
and the verb is left with no object. An aside (grammar key aside_heads: 'according') set off by commas right after a
verb that has no object of its own is no place for a noun: the first noun phrase after its closing comma, hung on
something before that comma, is rehung as the verb's object."""

from __future__ import annotations

from .lexicon import Lexicon
from .udview import Node, Tree

STRAY_RELS = {"appos", "conj", "obl:npmod", "dep", "obl:tmod"}
NOUNS = {"NOUN", "PROPN"}
COMMA = ","


def aside_object(tree: Tree, lex: Lexicon, n: Node) -> str:
    """Rehang the object the parser hung inside or beside an aside ('met, according to the police, Nezmar') on the
    verb; returns a note, or '' when nothing changed."""
    if n.lemma not in lex.words("aside_heads") or n.head == n.i or n.i == 0:
        return ""
    verb = tree[n.head]
    if verb.upos != "VERB" or verb.i > n.i or tree.nodes[n.i - 1].tok.text != COMMA \
            or tree.children(verb.i, "obj", "ccomp", "xcomp") or any(
                tree[j].upos in {"VERB", "AUX"} for j in range(verb.i + 1, n.i)):
        return ""  # not right after the verb ('met X, according to the police'), or the verb has its object
    inside = {x.i for x in tree.subtree(n.i)}
    close = next((j for j in range(n.i + 1, len(tree.nodes)) if tree[j].tok.text == COMMA
                  and tree[j].tok.sent == n.tok.sent), None)
    if close is None:
        return ""
    stray = next((k for k in tree.nodes[close + 1:] if k.tok.sent == n.tok.sent and k.head < close
                  and k.head != k.i), None)  # the first word after the comma hung on something before it
    if stray is None or stray.upos not in NOUNS or stray.deprel not in STRAY_RELS \
            or (stray.head not in inside and stray.head != verb.i):
        return ""
    return f"aside-object:{verb.tok.text}+{stray.tok.text}" if tree.rehang(stray.i, verb.i, "obj") else ""
