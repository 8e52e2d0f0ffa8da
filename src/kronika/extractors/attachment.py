"""Prepositional phrases the parser hung below or beside a trigger's argument that belong to the trigger itself
('exported machines worth 30 million to China', 'jednání Ruska s Ukrajinou', 'návštěva v Číně skončila')."""

from __future__ import annotations

from .udview import Node, Tree

NOUN_STARTS = frozenset({"nmod"})  # a noun trigger's phrases may hang under its modifiers ('jednání Ruska s Ukrajinou')


def reattached(tree: Tree, deps: list[Node], trigger: int, holder_preps: frozenset[str] = frozenset()) -> list[Node]:
    """Prepositional phrases up to two levels under the trigger's dependents (its adverbs too), as if they were its
    own; for a noun trigger also under its genitive ('jednání Ruska s Ukrajinou'), under or over its holder phrase
    (grammar key holder_phrase_preps: 'sankce ze strany EU proti Rusku') and right after it on its verb ('návštěva v
    Číně skončila')."""
    out: list[Node] = []
    noun = tree[trigger].upos == "NOUN"
    starts = NOUN_STARTS if noun else frozenset()
    layer = [d for d in deps if d.deprel.split(":")[0] in {"obl", "obj", "nsubj", "iobj"}
             or (d.deprel == "advmod" and d.upos == "ADV")  # 'spoke critically of China': 'of' on the adverb
             or (d.deprel in starts and not tree.has_case(d.i))]  # a bare genitive, not 'of X'/'X's'
    for _ in range(2):
        layer = [k for d in layer for k in tree.children(d.i, "nmod") if k.deprel == "nmod"] + [
            k for d in layer for a in tree.children(d.i, "amod") if a.upos == "ADJ"
            for k in tree.children(a.i, "obl", "nmod")]  # 'exported machines worth 30 million to China'
        out.extend(Node(k.tok, k.head, "obl", k.kids) for k in layer if tree.has_case(k.i))
    if noun:  # a phrase hung on the noun's own holder phrase or the other way round: 'sankce ze strany EU proti Rusku'
        out.extend(Node(c.tok, trigger, "nmod", c.kids) for k in tree.children(trigger, "nmod") if tree.has_case(k.i)
                   for c in tree.children(k.i, "nmod") if tree.has_case(c.i)
                   and (tree.case_words(k.i) | tree.case_words(c.i)) & holder_preps)
        out.extend(Node(k.tok, trigger, "nmod", k.kids) for k in following_phrases(tree, trigger))
        out.extend(Node(k.tok, trigger, "nmod", k.kids) for k in participle_phrases(tree, trigger))
    return out


def participle_phrases(tree: Tree, noun: int) -> list[Node]:
    """A noun trigger's participle modifier carries the noun's own phrases ('nepokoje namířené proti vládě',
    'sankce uvalené na Rusko'): its prepositional arguments."""
    return [k for a in tree.children(noun, "amod") if a.feat("VerbForm") == "Part"
            for k in tree.children(a.i, "obl", "nmod") if tree.has_case(k.i)]


def following_phrases(tree: Tree, noun: int) -> list[Node]:
    """Prepositional phrases the parser hung on the noun's verb although they directly follow the noun's phrase."""
    n = tree[noun]
    if n.head == n.i:
        return []
    end = max(x.i for x in tree.subtree(noun))
    out = []
    for k in tree.children(n.head, "obl", "nmod"):
        if k.i > noun and tree.has_case(k.i) and min(x.i for x in tree.subtree(k.i)) == end + 1:
            out.append(k)
            end = max(x.i for x in tree.subtree(k.i))
    return out
