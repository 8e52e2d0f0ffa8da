"""An aside between a verb and its object: 'Berb met, according to the police, not only Nezmar, but also Tvrdík',
'Russia attacked, according to Ukraine, several cities'. spaCy's English hangs the object after the closing comma
on the aside's noun (an apposition or conjunct of 'the police') or on the verb as a bare noun modifier (npadvmod),
and the verb is left with no object. An aside (grammar key aside_heads: 'according') set off by commas right after a
verb that has no object of its own is no place for a noun: the first noun phrase after its closing comma, hung on
something before that comma, is rehung as the verb's object.

A stranded dative: 'granted asylum to five officers holed up in a residence' leaves 'to' without its noun, which
the parser made the subject of the participle after it (stranded_dative)."""

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


def stranded_dative(tree: Tree, n: Node) -> str:
    """'granted asylum to five army officers holed up in a residence': spaCy leaves the dative 'to' without its noun
    and makes the noun the subject of the past form after it ('holed', tagged finite, no auxiliary), a clause of the
    verb; that participle modifies the noun, the verb's 'to' phrase. Returns a note or ''."""
    if n.upos != "ADP" or n.deprel not in {"iobj", "prep"} or n.head == n.i or tree.children(n.i) \
            or n.tok.text.lower() != "to":
        return ""
    verb = tree[n.head]
    part = next((k for k in tree.children(verb.i, "advcl", "conj") if k.i > n.i and k.feat("Tense") == "Past"
                 and not tree.children(k.i, "aux", "aux:pass", "mark")), None)
    subj = tree.children(part.i, "nsubj") if part is not None else []
    if part is None or len(subj) != 1 or subj[0].upos not in NOUNS or min(
            x.i for x in tree.subtree(subj[0].i)) != n.i + 1:
        return ""  # the noun must follow the stranded 'to' right away
    noun = subj[0]
    if not (tree.rehang(noun.i, verb.i, "obl") and tree.rehang(n.i, noun.i, "case")
            and tree.rehang(part.i, noun.i, "acl")):
        return ""
    return f"stranded-dative:{verb.tok.text}+{noun.tok.text}"
