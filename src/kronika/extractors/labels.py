"""Labels a naming verb gives its object ('called X "Lenin"', 'called the statement a lie'): the naming verbs of a
language (data/<lang>/judgements.json key naming_verbs) and where the parser leaves the label."""

from __future__ import annotations

from functools import cache

from ..langpack import has_file, load_json
from .lexicon import Lexicon
from .udview import Node, Tree

QUOTE_MARKS = frozenset({'"', "“", "„", "”", "«", "»", "‘", "'"})


def naming_verb(lex: Lexicon, n: Node) -> bool:
    """Is n a verb that names its object (judgements.json key naming_verbs: call, describe, label)?"""
    return n.lemma.lower() in _naming_verbs(lex.lang)


@cache
def _naming_verbs(lang: str) -> frozenset[str]:
    """The naming verbs of a language (judgements.json; empty without the file or key)."""
    if not has_file(lang, "judgements.json"):
        return frozenset()
    return frozenset(str(w).lower() for w in load_json(lang, "judgements.json").get("naming_verbs", []))


def label_apposition(tree: Tree, n: Node) -> bool:
    """'called the embassy's statement a lie' parsed with the label an apposition of the object: a noun right after the
    object, no comma between (an apposition set off by commas describes the object: 'called Macron, his ally,')."""
    for o in tree.children(n.i, "obj"):
        for a in tree.children(o.i, "appos"):
            label = {x.i for x in tree.subtree(a.i)}
            end = max(x.i for x in tree.subtree(o.i) if x.i not in label)
            if a.i > o.i and a.upos in {"NOUN", "ADJ"} and not tree.has_case(a.i) and min(label) == end + 1:
                return True
    return False


def quoted_label(tree: Tree, n: Node) -> Node | None:
    """'called Jacinda Ardern "Lenin with Hair".': words in quotation marks right after the verb's clause, left by the
    parser a fragment of the same sentence or split off as a verbless one: the name the verb gives its object (their
    head)."""
    last = max(x.i for x in tree.subtree(n.i))
    if last + 2 >= len(tree.nodes) or tree[last + 1].upos != "PUNCT" or tree[last + 1].tok.text not in QUOTE_MARKS:
        return None
    label = tree[last + 2]
    if label.head != label.i or label.upos not in {"NOUN", "PROPN", "ADJ"} or label.tok.sent not in {
            n.tok.sent, n.tok.sent + 1}:
        return None
    rest = [x for x in tree.nodes[last + 1:] if x.tok.sent == label.tok.sent]
    return label if label.tok.sent == n.tok.sent or not any(x.upos in {"VERB", "AUX"} for x in rest) else None
