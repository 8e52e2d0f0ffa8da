"""A dative after a genitive name: 'Pomoc Evropské unie Ukrajině', 'výzva EU Rusku ke stažení vojsk'.

The parser hangs the bare dative on the genitive name right before it; a name takes no dative of its own, so the
dative (the recipient or addressee) belongs to the noun the genitive modifies, as in 'podpora Německa Ukrajině'.
"""

from __future__ import annotations

from .udview import Node, Tree


def dative_after_genitive(tree: Tree, n: Node, names: set[int]) -> str:
    """Rehang a bare dative name hung on a bare genitive name onto that genitive's head noun; a note, or ''."""
    if n.deprel != "nmod" or n.feat("Case") != "Dat" or n.i not in names or n.head == n.i or tree.has_case(n.i):
        return ""
    gen = tree[n.head]
    if gen.deprel != "nmod" or gen.feat("Case") != "Gen" or gen.i not in names or gen.head == gen.i \
            or tree.has_case(gen.i) or not gen.i < n.i:
        return ""
    noun = tree[gen.head]
    if noun.upos != "NOUN" or not tree.rehang(n.i, noun.i, "nmod"):
        return ""
    return f"dative-after-genitive:{n.tok.text}"
