"""Negated acts: a trigger whose negated use is an act of its own, from the lexicon keys negated_cameo/negated_only.

CAMEO 1.1b3 manual examples (PLOVER-GSR THREATEN-0010, -0020): 'will not allow candidates from Hamas', 'will no
longer tolerate rallies' are threats, not denied concessions; 'did not rule out military action' is a threat, while
ruling it out is no event. The entry says so in data; this module only applies it.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import Entry, Lexicon
from .modality import Modality, modality
from .udview import Node, Tree

NEGATED_ACT = "negated-act"


def negated_act(tree: Tree, lex: Lexicon, e: Entry, n: Node) -> tuple[Entry, bool, str | None]:
    """The entry recoded for its negated use and True; else the entry, False and a reason when it codes nothing."""
    if e.negated_cameo is None and not e.negated_only:
        return e, False, None
    if modality(tree, lex, n.i, e.future).negated:
        return replace(e, cameo=e.negated_cameo or e.cameo, id=f"{e.id}+{NEGATED_ACT}"), True, None
    if e.negated_only:
        return e, False, "the entry codes only its negated use ('did not rule out X'; ruling X out is no act)"
    return e, False, None


def affirmed(mod: Modality) -> Modality:
    """The modality of a negated act: the negation is the act itself, so the event is not negated."""
    return replace(mod, negated=False, cues=[*mod.cues, NEGATED_ACT])
