"""Whose decision an appeal or a refusal turns against: 'Bayer se proti rozsudku odvolal', 'Bayer is contesting
the verdict' name the verdict, not the court; the court is its maker (GUIDELINES: an appeal is addressed to the
court or body that decided). The decision nouns are language data (grammar key decision_nouns)."""

from __future__ import annotations

from ..model import Mention
from .lexicon import fold
from .roles import Roles
from .udview import Node

# How many sentences back the decision's maker may be named ('Soud nařídil ... Bayer se proti rozsudku odvolal').
LOOKBACK = 2
DECIDING_SECTORS = ("JUD",)
CLAUSAL = frozenset({"xcomp", "ccomp", "csubj", "advcl"})


def decision_maker(roles: Roles, n: Node, sources: list[Mention]) -> list[Mention]:
    """The actor who made the decision the trigger's own dependent names: inside that noun's phrase ('rozsudek
    krajského soudu', 'trest, který dostal od komise'), else the last court named in this or the previous two
    sentences; none when the trigger names no decision."""
    nouns = {fold(w) for w in roles.lex.words("decision_nouns")}
    tree = roles.tree
    decisions = [k for k in tree.children(n.i) if fold(k.lemma) in nouns]
    if not decisions:
        return []
    taken = {m.head for m in sources}
    for d in decisions:
        phrase = tree.subtree(d.i, CLAUSAL)
        decided = {x.i for k in phrase if k.feat("VerbForm") == "Inf" for x in tree.subtree(k.i)}  # 'rozhodnutí
        inside = [m for k in phrase if k.i != d.i and k.i not in taken | decided  # vlády zavřít školy': the schools
                  for m in roles.actors(k.i) if not any(m.code == s.code for s in sources)]  # are what is decided
        if inside:
            return inside[:1]
    return _recent_court(roles, n, sources)


def _recent_court(roles: Roles, n: Node, sources: list[Mention]) -> list[Mention]:
    """The last judicial actor mentioned before the trigger within LOOKBACK sentences, not a source."""
    sent = next((s for s in roles.doc.sentences if s.start <= n.i < s.end), None)
    if sent is None:
        return []
    first = roles.doc.sentences[max(0, sent.i - LOOKBACK)].start
    courts = [m for m in roles.doc.mentions if m.code and m.status == "resolved" and first <= m.head < n.i
              and m.code[3:6] in DECIDING_SECTORS and m not in sources
              and not any(m.code == s.code for s in sources)]
    return courts[-1:]
