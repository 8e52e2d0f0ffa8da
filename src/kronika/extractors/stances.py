"""Stances stated with a copula and a preposition: 'Polsko je proti plynovodu', 'Poland is against the pipeline'.

An actor subject of a copula whose nominal predicate is opened by a stance preposition (grammar key stance_preps,
cs 'proti', en 'against') opposes what the predicate names: REJECT 120, the target the actor the predicate names or
owns ('proti ruskému plynovodu'), else none ('-'). A predicate in favour of something (grammar key favour_nouns, en
'in favour of X') is SUPPORT 050 only with a named actor target. The predicate must be the clause head (a copula
child): 'zápas proti Spartě', 'naproti nádraží' and 'hrál proti Spartě' are no stance.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Event, Mention
from .lexicon import Entry
from .modality import Modality, modality
from .roles import Roles
from .udview import Node, Tree

REJECT_CAMEO = "120"  # reject, not specified below
SUPPORT_CAMEO = "050"  # engage in material/political support, not specified below
SUBJECT = ("nsubj",)
Build = Callable[[Entry, Node, Mention, Mention | None, Modality], Event]


def stances(roles: Roles, events: list[Event], build: Build) -> list[Event]:
    """REJECT/SUPPORT events of the copula stance predicates of roles.doc (see the module docstring)."""
    tree, lex = roles.tree, roles.lex
    preps, copulas = lex.words("stance_preps"), lex.words("stance_copulas")
    favour = lex.words("favour_nouns")
    if not copulas or not (preps or favour):
        return []
    coded = {(ev.sentence, ev.source.code if ev.source else None) for ev in events}
    out: list[Event] = []
    for h in tree.nodes:
        if not _copular(tree, h, copulas):
            continue
        found = _stance(roles, h, preps, favour)
        if found is None:
            continue
        cameo, targets, cue = found
        sources = [m for s in tree.children(h.i, *SUBJECT) for m in roles.actors(s.i)]
        sources = [s for s in sources if (h.tok.sent, s.code) not in coded]  # its act already coded in the clause
        e = Entry(lemma=cue.lemma, cameo=cameo, id=f"{lex.lang}-copula-stance-{cameo}")
        mod = modality(tree, lex, h.i)
        for src in sources:
            others: list[Mention | None] = [t for t in targets if t.code != src.code]
            for tgt in others or [None]:
                if cameo == REJECT_CAMEO or tgt is not None:
                    out.append(build(e, cue, src, tgt, mod))
    return out


def _copular(tree: Tree, h: Node, copulas: set[str]) -> bool:
    """Whether h heads a copular clause: a main 'be' ('Poland is against X') or a predicate with a copula child."""
    if h.upos == "AUX" and h.lemma.lower() in copulas:
        return h.deprel.split(":")[0] not in {"aux", "cop"}
    return any(c.lemma.lower() in copulas for c in tree.children(h.i, "cop"))


def _stance(roles: Roles, h: Node, preps: set[str], favour: set[str]) -> tuple[str, list[Mention], Node] | None:
    """The code and targets of a stance predicate at clause head h, or None. The predicate is h itself ('je proti
    plynovodu', 'je proti'), or a prepositional phrase under a copula or adverb head ('is against X', 'je zásadně
    proti X'); a noun predicate's own phrase is none ('je favoritem proti Slavii')."""
    tree = roles.tree
    if h.lemma.lower() in preps and h.upos == "ADP":
        return REJECT_CAMEO, [], h  # 'vláda je proti'
    heads = [h, *(k for k in tree.children(h.i) if k.upos == "ADV")]  # 'je zásadně proti' ('zásadně' the head)
    phrases = [h] if h.upos in {"NOUN", "PROPN", "PRON"} else [
        k for x in heads for k in tree.children(x.i, "obl", "nmod") if h.upos in {"AUX", "ADV"}]
    for p in phrases:
        case = tree.children(p.i, "case")
        cases = {c.lemma.lower() for c in case}
        if cases & preps:
            return REJECT_CAMEO, roles.actors(p.i), next(c for c in case if c.lemma.lower() in preps)
        if p.lemma.lower() in favour and cases:
            targets = [m for k in tree.children(p.i, "nmod") for m in roles.actors(k.i)]
            if targets:  # 'is in favour of a referendum': support of a named actor only
                return SUPPORT_CAMEO, targets, p
    return None
