"""Case syncretism: one word form that is several cases of its paradigm (cs 'policii' is Dat, Acc and Loc).

The tagger picks one case for such a form; a role spec asking for another case the same form also has
should not fail on that guess ('přihlásil se na policii': Acc read as Loc). The paradigms are language data
(grammar key case_syncretism in the pack's modality.json): each rule names gender/animacy/number feats the
word must carry, the endings of its lemma and form, and the cases that form shares; "mistagged" lists tags the
tagger gives such a form though its paradigm never has them ('Bosně' read as Nom after a long noun chain).
A name the actor lexicon knows brings its own lemma: the tagger's ('Egyptu' -> 'Egypta') may be of a wrong paradigm.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..actors.normalize import read_tsv
from .udview import Node

VOWELS = "aeiouyáéíóúůýě"


def _rule(n: Node, rules: list[dict[str, Any]], lemma: str | None = None) -> dict[str, Any] | None:
    """The first paradigm rule that fits a node's feats, lemma (the lexicon's when given) and form."""
    form, lemma = n.tok.text.lower(), (lemma or n.lemma).lower()
    for r in rules:
        if any(n.feat(f) != v for f, v in r.get("feats", {}).items()):
            continue
        if r.get("form_is_lemma") and form != lemma:
            continue
        if r.get("lemma_end") and not lemma.endswith(tuple(r["lemma_end"])):
            continue
        if r.get("form_end") and not form.endswith(tuple(r["form_end"])):
            continue
        return r
    return None


@cache
def _capitals(lang: str) -> dict[str, tuple[str, ...]]:
    """One-word capital names (nominative, lower-cased) per state code, from the language's states.tsv."""
    rows = read_tsv(lang, "states.tsv")
    return {r[0]: tuple(c.lower() for c in r[3].split("|") if c and " " not in c) for r in rows if len(r) > 3}


def capital_lemma(lang: str, code: str | None, form: str) -> str | None:
    """The nominative of a state's capital that a one-word form inflects ('Moskvu' -> 'moskva', 'Kyjeva' ->
    'kyjev'): the tagger lemmatizes an unknown capitalised form as itself ('moskvu', sentence-initial), and its
    case is then a guess. None when the form is the nominative itself or no capital's form."""
    form = form.lower()
    for cap in _capitals(lang).get((code or "")[:3], ()):
        stem = cap[:-1] if cap.endswith(tuple(VOWELS)) else cap
        if form != cap and form.startswith(stem) and len(form) - len(stem) <= 3:
            return cap
    return None


def shared_cases(n: Node, rules: list[dict[str, Any]], lemma: str | None = None) -> set[str]:
    """The cases a node's form has in its paradigm by the first rule that fits; empty if none fits."""
    r = _rule(n, rules, lemma)
    return set(r["cases"]) if r else set()


def syncretic(n: Node, have: str, want: str, rules: list[dict[str, Any]], lemma: str | None = None) -> bool:
    """Is the node's form, tagged with case `have`, also the case `want` of its paradigm?"""
    r = _rule(n, rules, lemma)
    if r is None or want not in r["cases"]:
        return False
    return have in r["cases"] or have in r.get("mistagged", [])


def feminine_nominative(verb: Node, n: Node) -> bool:
    """'..., kritizovala opozice', '..., konstatovala záchranářka': a participle in -la is feminine singular or neuter
    plural (tagged both); a feminine singular noun whose nominative ends as no accusative of its paradigm does ('-a',
    '-e'; not 'společnost') agrees with it."""
    numbers = set((verb.feat("Number") or "").split(","))
    genders = set((verb.feat("Gender") or "").split(","))
    return n.feat("Gender") == "Fem" and n.feat("Number") == "Sing" and "Fem" in genders and "Sing" in numbers \
        and n.tok.text.lower().endswith(("a", "e", "ě"))


def agree(a: Node, b: Node) -> bool:
    """Gender and number agreement where both words mark them (unmarked words agree with anything)."""
    return all(not a.feat(f) or not b.feat(f) or a.feat(f) == b.feat(f) for f in ("Gender", "Number"))
