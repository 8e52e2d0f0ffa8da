"""What a protest is for ('to demand reforms', 'to protest against X's decision', 'to denounce X') is part of it:
the purpose clause of a protest trigger is no event of its own, and its target is the protest's."""

from __future__ import annotations

from ..cameo import plover_type as lookup_type
from ..model import Mention
from .lexicon import Lexicon
from .matching import best_entry, matches
from .roles import Roles
from .udview import Node, Tree

PURPOSE_TYPES = {"REQUEST", "ACCUSE", "PROTEST"}


def protest_purpose(tree: Tree, roles: Roles, lex: Lexicon, n: Node) -> bool:
    """'staged demonstrations to demand reforms', 'a rally calling for X's removal': n is the purpose clause of
    a protest trigger (its head or the head's object noun), or a relative clause on a protest noun ('a hunger strike in
    which they demanded'); or a demand joined to a protest of the same subject."""
    if _joined_demand(tree, roles, lex, n):
        return True
    if n.deprel in {"acl:relcl", "relcl"} and n.head != n.i and tree[n.head].upos == "NOUN":
        return not _addressed(tree, roles, n) and _protests(tree, roles, lex, tree[n.head])  # 'v hladovce, jíž'
    if n.deprel not in {"advcl", "xcomp", "acl"} or n.head == n.i:
        return False
    heads = [tree[n.head]]
    if heads[0].upos == "NOUN" and heads[0].head != heads[0].i:  # 'staged demonstrations to demand': the verb
        heads.append(tree[heads[0].head])
    return any(_protests(tree, roles, lex, head) for head in heads)


def _addressed(tree: Tree, roles: Roles, n: Node) -> bool:
    """Does the demand name whom it asks ('petice, v níž žádají radnici o X'; a neuter addressee the parser takes
    for the subject, 'žádají ministerstvo')? Then it is a request of its own."""
    return any(roles.mention_at(c.i) is not None for c in tree.children(n.i, "obj", "iobj", "nsubj"))


def protest_stance(tree: Tree, roles: Roles, lex: Lexicon, n: Node) -> bool:
    """'zablokovali ulice, čímž se vzepřeli úřadům', 'marched, thereby defying the authorities': a rejection clause
    marked as what the protest itself does (data key protest_stance_marks), with no subject of its own, joined to a
    protest trigger, is the protest's stance: part of that protest, whose target it names, no REJECT of its own."""
    if n.upos != "VERB" or n.head == n.i or n.deprel not in {"conj", "advcl", "xcomp"} \
            or tree.children(n.i, "nsubj", "nsubj:pass"):
        return False
    marks = lex.words("protest_stance_marks")
    if not any(c.tok.text.lower() in marks for c in tree.children(n.i)):
        return False
    return _protests(tree, roles, lex, tree[n.head])


def _stance_targets(tree: Tree, roles: Roles, lex: Lexicon, n: Node) -> list[Mention]:
    """'blocked streets in defiance of Chinese authorities', 've vzdoru vůči úřadům': the one a protest's stance noun
    (data key protest_stance_nouns) names in its prepositional phrase is the protest's target."""
    nouns = lex.words("protest_stance_nouns")
    for c in tree.children(n.i):
        heads = list(tree.children(c.i, "pobj")) if c.deprel == "prep" else [c]
        for h in heads:
            if h.lemma.lower() not in nouns:
                continue
            for g in tree.children(h.i, "prep", "nmod"):  # not an adjective: 'Czech defiance' is the defier's
                owner = list(tree.children(g.i, "pobj")) if g.deprel == "prep" else [g]
                found = [m for k in owner if (m := roles.mention_at(k.i)) is not None and m.code]
                if found:
                    return found
    return []


def _protests(tree: Tree, roles: Roles, lex: Lexicon, n: Node) -> bool:
    """Does an entry of the PROTEST type fit the word?"""
    best = best_entry(tree, roles, lex.entries(n.tok.lemma, n.tok.text, n.upos == "NOUN"), n)
    return best is not None and lookup_type(best[0].cameo) == "PROTEST"


def _joined_demand(tree: Tree, roles: Roles, lex: Lexicon, n: Node) -> bool:
    """'Kurds demonstrated in Kirkuk and demanded independence', 'demonstranti zablokovali silnice a požadovali
    odstoupení vlády': a demand verb conjoined with a protest verb and sharing its subject is what the protest
    demands (PLOVER manual, REQUEST: demands that take the form of demonstrations are PROTEST), no REQUEST of its
    own; a demand with a subject of its own ('they marched and the unions demanded ...') stays."""
    if n.upos != "VERB" or tree.children(n.i, "nsubj", "nsubj:pass"):
        return False
    own = best_entry(tree, roles, lex.entries(n.tok.lemma, n.tok.text, False), n)
    if own is None or lookup_type(own[0].cameo) != "REQUEST":
        return False
    ends = [tree[n.head]] if n.deprel == "conj" and n.head != n.i else []
    ends += [c for c in tree.children(n.i, "conj") if c.upos == "VERB" and not tree.children(c.i, "nsubj")]
    return any(e.upos == "VERB" and _protests(tree, roles, lex, e) for e in ends)


def purpose_targets(tree: Tree, roles: Roles, lex: Lexicon, n: Node, anchors: list[int]) -> list[Mention]:
    """'staged demonstrations to demand reforms by X's government', 'began a hunger strike to protest against X's
    decision': a protest's target is the target of the demand or protest that states its purpose."""
    joined = [c for c in tree.children(n.i, "conj") if _joined_demand(tree, roles, lex, c)]
    stances = [c for c in tree.children(n.i) if protest_stance(tree, roles, lex, c)]
    for c in [*[k for a in [n.i, *anchors] for k in tree.children(a, "advcl", "xcomp", "acl")], *joined, *stances]:
        for e in lex.entries(c.tok.lemma, c.tok.text, False):
            anchors_c = matches(tree, roles, e, c)
            if anchors_c is not None and lookup_type(e.cameo) in (PURPOSE_TYPES | {"REJECT"}
                                                                  if c.i in {s.i for s in stances}
                                                                  else PURPOSE_TYPES):
                found = roles.source_target(e, c.i, anchors_c)[1]
                if found:
                    return found
    return _stance_targets(tree, roles, lex, n)
