"""Implicit targets (no text span): the unnamed domestic counterpart of a refusal, attack, demand or accusation by
people or bodies of the article's home country, an inquiry that suspects nobody, and the home government a protest
is aimed at or the population a state's measure falls on."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..cameo import plover_type
from ..model import Mention
from .dedup import COUNTERPART, STATE_SECTORS
from .targets import country_of

if TYPE_CHECKING:
    from .lexicon import Entry
    from .roles import Roles

IMPLICIT = "implicit-home-government"  # the rule of an implicit target (no text span): see home_government
# Types whose counterpart a domestic report often leaves unnamed: with no foreign actor in the sentence, it is in the
# source's own country (unseen news: 'banky odmítají navýšit úvěry', 'parliament rejects bid for early election',
# 'Trump bude usnesení vetovat', 'was convicted of killing six members of his family'; likewise a domestic body's
# appeal, demand, accusation, pledge or arrest with no named counterpart: gold annotation codes it home -> home).
DOMESTIC_COUNTERPART = frozenset({"REJECT", "ASSAULT", "REQUEST", "ACCUSE", "AGREE", "COERCE"})
# Types whose unnamed counterpart is domestic only when their object is a public measure: 'supported the inquiry',
# 'pohrozily stávkou', 'threatened to sue' (a bare 'warned' or 'praised' has no counterpart to infer).
MEASURE_TYPES = frozenset({"SUPPORT", "THREATEN"})
FIRM_SECTORS = frozenset({"BUS", "MED"})  # firms and outlets protest where they do business, not at home
DENIAL = "016"  # a denial names its accuser or nobody: the gold accepts '-' (GUIDELINES rule 4)
INQUIRY = "09"  # investigate: a mishap or nothing named has no culprit at home (_culpritless_inquiry)


def domestic_counterpart(roles: Roles, trigger: int, cameo: str, sources: list[Mention]) -> list[Mention]:
    """The unnamed counterpart of a refusal, attack, demand, accusation, pledge or arrest by people, firms or bodies
    of the article's clear home country, in a sentence that names no actor of another country: that home country
    (an implicit target without text span; the gold codes it so in domestic news)."""
    home = roles.doc.meta.get("home_country") or {}
    kind = plover_type(cameo)
    if not (kind in DOMESTIC_COUNTERPART or (kind in MEASURE_TYPES and _public_measure(roles, trigger))) \
            or cameo.startswith(DENIAL) or not home.get("clear") or foreign_in_sentence(roles, trigger, sources) \
            or _foreign_object(roles, trigger) or _culpritless_inquiry(roles, trigger, cameo):
        return []
    out: list[Mention] = []
    for m in sources:  # people, firms and bodies of the article's home country, not a state acting abroad
        ctry = (m.code or "")[:3]
        if ctry == home.get("code") and len(m.code or "") > 3 and all(o.code != ctry for o in out):
            out.append(Mention(m.start, m.start, "", m.span, ctry, f"{COUNTERPART} {ctry}", "GRP", m.head,
                               rule=IMPLICIT))
    return out


def open_inquiry(roles: Roles, e: Entry, anchors: list[int], sources: list[Mention]) -> bool:
    """'Příčinu nehody policisté vyšetřují', 'The police are investigating the cause of the accident': an inquiry
    (CAMEO 09) by state organs (police, prosecutors, officials) stands without a named suspect (gold ACCUSE X -> -);
    a light verb only with an inquiry noun ('zahájila vyšetřování', not 'zahájili zadávací řízení')."""
    if e.needs_target or not e.cameo.startswith(INQUIRY) or not sources \
            or not all((m.code or "")[3:6] in STATE_SECTORS for m in sources):
        return False
    inquiries = roles.lex.words("inquiry_nouns")
    return not e.objects or any(roles.tree[a].lemma.lower() in inquiries for a in anchors)


def _culpritless_inquiry(roles: Roles, trigger: int, cameo: str) -> bool:
    """'The agency is investigating the incident', 'would get the EPA to investigate', 'příčina smrti je vyšetřována':
    an inquiry (CAMEO 09) into nothing named or into a mishap (grammar key culpritless_objects) suspects nobody at
    home; an inquiry into a case, contracts or people keeps the home counterpart."""
    if not cameo.startswith(INQUIRY):
        return False
    tree, mishaps, inquiries = roles.tree, roles.lex.words("culpritless_objects"), roles.lex.words("inquiry_nouns")
    noun = tree[trigger].upos == "NOUN"  # the inquiry noun is the trigger: what it names
    objs = [tree[trigger]] if noun else \
        tree.children(trigger, "obj", "dobj", "nsubj:pass", "nsubjpass", "prep", "obl")  # or 'looking into X'
    objs = [x for k in objs for x in (tree.children(k.i, "nmod", "prep", "compound") if k.lemma.lower() in inquiries
                                     or k.i == trigger else [k])]  # 'vyšetřování nehody', 'an inquiry into the crash'
    objs = [x for k in objs for x in (tree.children(k.i, "pobj") or [k])]
    return not objs or any(k.lemma.lower() in mishaps for k in objs)


def _public_measure(roles: Roles, trigger: int) -> bool:
    """'supported the impeachment inquiry', 'podpořil návrh zákona', 'pohrozily stávkou', 'threatened to sue': support
    or threat of a public measure (grammar key public_measures) is aimed at whoever it is about, at home when no one
    else is named."""
    measures = roles.lex.words("public_measures")
    return any(k.lemma.lower() in measures for k in roles.tree.children(trigger, "obj", "dobj", "obl", "xcomp"))


def _foreign_object(roles: Roles, trigger: int) -> bool:
    """'žádal o zahraniční pomoc', 'sought foreign help': an object the trigger's own word marks as foreign (grammar
    key foreign_marks) is sought abroad, not from the home country."""
    marks = roles.lex.words("foreign_marks")
    tree = roles.tree
    return any(a.lemma.lower() in marks for k in tree.children(trigger, "obj", "dobj", "obl", "prep")
               for x in (k, *tree.children(k.i, "pobj")) for a in tree.children(x.i, "amod"))


def foreign_in_sentence(roles: Roles, trigger: int, sources: list[Mention]) -> bool:
    """Does the trigger's sentence name a resolved actor (not a news medium) of another country than the sources?"""
    home = {(m.code or "")[:3] for m in sources}
    sent = roles.doc.sentences[roles.tree[trigger].tok.sent]
    return any(m.code and m.status == "resolved" and sent.start <= m.head < sent.end and not m.code.endswith("MED")
               and m.code[:3] not in home for m in roles.doc.mentions)


def home_government(sources: list[Mention], home: str | None = None) -> list[Mention]:
    """'Algerian landowners began a hunger strike', 'workers stopped work': a protest by a non-state group that
    names no target is directed at its own country's government (the implicit target, no text span); a foreign
    firm's or outlet's at the government of the article's clear home, where it does business ('the Austrian
    operator protested against the tender')."""
    firms = [replace(m, code=home + m.code[3:]) if home and m.code and m.code[3:6] in FIRM_SECTORS else m
             for m in sources]
    return _implicit(firms, state=False, sector="GOV", name="government of")


def home_population(sources: list[Mention]) -> list[Mention]:
    """'The president imposed a curfew', 'lifted the state of emergency': a state's measure that names no
    target is aimed at its own population (the implicit target, no text span)."""
    return _implicit(sources, state=True, sector="CVL", name="population of")


def _implicit(sources: list[Mention], state: bool, sector: str, name: str) -> list[Mention]:
    """Implicit targets in the sources' own countries, for state (or non-state) sources only."""
    out: list[Mention] = []
    for m in sources:
        ctry, code = country_of(m.code), m.code or ""
        own = code[len(ctry):len(ctry) + 3]
        is_state = own in STATE_SECTORS or (not own and m.kind == "GPE")
        if len(ctry) != 3 or ctry in {"IGO", "NGO", "MNC"} or is_state != state or (not own and m.kind not in
                                                                                   {"GRP", "GPE"}):
            continue
        if all(o.code != ctry + sector for o in out):
            out.append(Mention(m.start, m.start, "", m.span, ctry + sector, f"{name} {ctry}", "GPE", m.head,
                               rule=IMPLICIT))
    return out
