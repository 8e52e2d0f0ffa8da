"""A clause's verb the parser took for an adjective of its object: 'Trump imposed tariffs on Canada.' (spaCy's English
tags 'Trump' as the noun 'trump', the root, and hangs 'imposed' as an amod of 'tariffs', its object), so the act had
no subject and was dropped. A past participle modifying the object of a root that is a resolved actor's name right
before it, in a sentence ending with a full stop, is the verb: the name its subject, the noun its object."""

from __future__ import annotations

from ..model import Doc
from .udview import NOMINAL, Node, Tree


def modifier_verb(doc: Doc, tree: Tree, n: Node) -> str:
    """Make a past participle read as its object's adjective the root verb; a note, or '' if unchanged."""
    if n.upos != "VERB" or n.deprel != "amod" or n.feat("Tense") != "Past" or n.head <= n.i:
        return ""
    obj = tree[n.head]
    if obj.deprel != "obj" or obj.upos not in NOMINAL or obj.head >= n.i:
        return ""
    noun = tree[obj.head]
    if noun.head != noun.i or noun.upos not in NOMINAL | {"ADJ"}:  # 'Trump' tagged as the adjective too
        return ""
    if not any(m.head == noun.i and m.code and m.end == n.i for m in doc.mentions):
        return ""  # 'The imposed tariffs ...' or a common noun: no actor acts
    if doc.tokens[doc.sentences[n.tok.sent].end - 1].text != ".":
        return ""  # a headline's 'X imposed tariffs' is no sentence to repair
    tree.rehang(n.i, n.i, noun.deprel)
    tree.rehang(noun.i, n.i, "nsubj")
    tree.rehang(obj.i, n.i, "obj")
    return f"modifier-verb:{n.tok.text}"
