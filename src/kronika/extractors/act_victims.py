"""The victim of an armed act inside a role phrase ('condemned the invasion of Ukraine', 'odsoudilo invazi na
Ukrajinu'): an actor hanging by a victim preposition (grammar key armed_act_victim_preps) on an armed act noun
(armed_act_nouns) is the one the act was done to, not the one a criticism judges; the phrase's own actor stays."""

from __future__ import annotations

from ..model import Mention
from .lexicon import fold
from .udview import Node, Tree


def victim_of_act(tree: Tree, acts: set[str], preps: set[str], m: Mention, n: Node) -> bool:
    """Is mention m, found inside role candidate n's phrase, the victim of an armed act noun it hangs on?"""
    h = tree[m.head]
    if m.head == n.i or h.head == h.i or not acts:
        return False
    head = tree[h.head]
    if head.upos == "ADP" and head.head != head.i:  # spaCy's English: the preposition heads its object
        case, head = {head.lemma.lower()}, tree[head.head]
    else:
        case = tree.case_words(h.i)
    return bool(case & preps) and fold(head.lemma) in acts and head.i != m.head
