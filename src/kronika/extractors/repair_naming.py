"""A person or state the parser took for the label of a naming verb: 'Macron called Putin on Friday' (spaCy's English
makes 'Putin' an object predicate, oprd, of 'called' with no object), so the call had no one called and was dropped
as a naming ('called X "Lenin"'). A naming verb (judgements key naming_verbs) with no object whose only secondary
predicate is a resolved person, state or organisation, with no quoted label after it ('called Jacinda Ardern "a
tyrant"'), names no label: that actor is its object."""

from __future__ import annotations

from ..model import Doc
from .labels import QUOTE_MARKS, naming_verb, quoted_label
from .lexicon import Lexicon
from .udview import Node, Tree

ACTOR_KINDS = frozenset({"PER", "GPE", "ORG", "IGO", "GRP"})
PASSIVE_RELS = ("nsubj:pass", "aux:pass", "nsubjpass", "auxpass")


def called_object(doc: Doc, tree: Tree, lex: Lexicon, n: Node) -> str:
    """Rehang an actor read as the label of an objectless naming verb as its object; a note, or '' if unchanged."""
    if n.upos != "VERB" or not naming_verb(lex, n) \
            or tree.children(n.i, "obj", "iobj", "ccomp", *PASSIVE_RELS):
        return ""  # 'called Putin a liar' has its object; 'was called Putin' is a name given
    labels = tree.children(n.i, "xcomp")
    if len(labels) != 1 or labels[0].i < n.i or labels[0].upos != "PROPN":
        return ""
    label = labels[0]
    after = max(x.i for x in tree.subtree(label.i)) + 1
    if quoted_label(tree, n) is not None or (after < len(tree.nodes) and tree[after].tok.text in QUOTE_MARKS):
        return ""  # 'called Jacinda Ardern "a tyrant"': the quoted words are the label
    if not any(m.head == label.i and m.code and m.kind in ACTOR_KINDS for m in doc.mentions):
        return ""  # 'called it Operation Z': a name, no actor
    return f"called-object:{n.tok.text}+{label.tok.text}" if tree.rehang(label.i, n.i, "obj") else ""
