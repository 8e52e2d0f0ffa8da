"""Visits and hosting (PLOVER CONSULT, CAMEO 042/043) in the frames role specs alone cannot tell apart.

- A visit noun's bare genitive (data key visit_nouns of precision.json, cs 'návštěva', 'cesta') is the destination
  when it is a state or a place ('přijel na dvoudenní návštěvu Moskvy', 'zahájil návštěvu Číny'), the visitor when
  it is a person or a body ('návštěva Putina v Číně'); the visitor of a copular 'být na návštěvě' is its subject
  ('Brazilský prezident je na oficiální návštěvě Angoly'); a visit noun under a journey verb (data key motion_verbs)
  is that verb's, which codes it in its own mood ('Na návštěvu Prahy přijede příští týden německý prezident').
- Welcoming a person (data key welcome_verbs, a named person as the verb's own direct object: 'Kim Čong-un přivítal
  Putina na letišti', 'Vietnam welcomed Xi Jinping with a 21-gun salute') is hosting a visit (043, the host the
  source), not praise (051); a welcomed decision, statement or election stays 051.
- Receiving (data key reception_verbs) with no guest noun is hosting only a named official who is the verb's own
  object ('Si Ťin-pching přijal Orbána', 'Xi received Orban'): not a state ('přijal Ukrajinu do NATO'), nor a
  private person ('přijala Nováka za člena').
- A projectile (data key projectile_nouns) that lands or flies somewhere makes no visit ('A Russian drone landed in
  Romania'), whoever made it (an armed force's jets or ships arriving are a deployment,
  precision.military_arrivals); nor do refugees who arrive ('Thousands of Ukrainian refugees arrived in Poland').
- A guest received or welcomed as a pronoun ('Lavrov ho přijal', 'Lavrov received him') is a guest only when it
  stands for a state's official or body: 'Univerzita ho přijala ke studiu', 'Soud ho přijal do vazby' host nobody.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from .lexicon import Entry, fold
from .precision_frames import public, words
from .roles import Roles
from .sources import reported_or_inherited
from .udview import Node

PLACE_KINDS = {"GPE"}
OBJECT_RELS = ("obj", "dobj")
PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass")  # 'He was greeted by Morawiecki'
PERSON_KINDS = {"PER", "GRP"}
OBJECT_CASES = {"Acc", "Gen"}  # an animate accusative tagged genitive, hung as a subject in object-first order
VISIT_CAMEOS = ("042", "043")
VISIT_CAMEO = "042"
NO_VISIT_SECTORS = {"REF"}  # refugees and displaced people arriving somewhere flee, they make no visit
HOST_CAMEO = "043"


def visit_roles(roles: Roles, e: Entry, n: Node, anchors: list[int], sources: list[Mention],
                targets: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Sources and targets of a visit or hosting entry, after the role specs."""
    if e.noun:
        return visit_genitive(roles, n, sources, targets)
    if e.cameo.startswith(VISIT_CAMEO) and any(fold(k.lemma) in words(roles.lex, "projectile_nouns")
                                                for k in roles.tree.children(n.i, "nsubj")):
        return [], targets  # 'A Russian drone landed in Romania': a weapon's flight is no visit
    if e.cameo.startswith(VISIT_CAMEO):  # 'Thousands of Ukrainian refugees arrived in Poland': flight, no visit
        sources = [m for m in sources if (m.code or "")[3:6] not in NO_VISIT_SECTORS]
    if e.cameo.startswith(HOST_CAMEO) and not e.objects and n.lemma in words(roles.lex, "reception_verbs"):
        own = {k.i for k in roles.tree.children(n.i, *OBJECT_RELS, *PASSIVE_SUBJECTS)}  # 'přijal Orbána', not a state
        targets = [t for t in targets if any(t.start <= i < t.end for i in own) and t.kind == "PER" and public(t)]
    if e.cameo.startswith(HOST_CAMEO) and accusative_subject(roles, n, sources, targets):
        sources, targets = targets, sources  # 'Indického premiéra přivítal v Moskvě Putin': Putin is the host
    if e.cameo.startswith(HOST_CAMEO) and (guest := passive_pronoun_guest(roles, n)):
        targets = guest  # 'He was greeted by Morawiecki, with military honors': he, not the honours
    if any(roles.tree[a].upos == "PRON" for a in anchors):
        targets = [t for t in targets if public(t) and all(public(s) for s in sources)]
    return sources, targets


def accusative_subject(roles: Roles, n: Node, sources: list[Mention], targets: list[Mention]) -> bool:
    """The parser's subject is in an object case (an animate accusative tagged genitive) and the target's head is a
    nominative: object-first order, the roles are the other way round."""
    heads = {k.i for k in roles.tree.children(n.i, "nsubj") if k.feat("Case") in OBJECT_CASES}
    return bool(heads) and bool(sources) and bool(targets) and all(s.head in heads for s in sources) \
        and all(roles.tree[t.head].feat("Case") == "Nom" for t in targets)


def passive_pronoun_guest(roles: Roles, n: Node) -> list[Mention]:
    """The person a passive subject pronoun of a welcome stands for, continued from the context ('he', 'they'; not
    'it': 'The plan was presented. It was welcomed by the EU' is praise)."""
    subj = [k for k in roles.tree.children(n.i, *PASSIVE_SUBJECTS) if k.upos == "PRON" and k.feat("Gender") != "Neut"]
    if not subj or not roles.is_passive(n.i):
        return []
    return [m for m in reported_or_inherited(roles, n.i)[0] if m.kind in PERSON_KINDS and public(m)]


def visit_genitive(roles: Roles, n: Node, sources: list[Mention], targets: list[Mention]
                   ) -> tuple[list[Mention], list[Mention]]:
    """Sources and targets of a visit noun, its bare genitive read by kind: a state is the host, a person the
    visitor; roles the specs found stand."""
    if n.lemma not in words(roles.lex, "visit_nouns"):
        return sources, targets
    if roles.tree[n.head].lemma in words(roles.lex, "motion_verbs") and n.head != n.i:
        return [], []  # 'přijede na návštěvu Prahy': the journey verb codes the visit, in its own mood
    if not sources and roles.tree.children(n.i, "cop"):  # 'je na návštěvě Angoly': the copula's subject
        sources = [m for k in roles.tree.children(n.i, "nsubj") for m in roles.actors(k.i)]
    for k in roles.tree.children(n.i, "nmod"):
        if roles.tree.has_case(k.i) or k.feat("Case") not in {"Gen", "Nom"}:
            continue  # a bare genitive (the tagger reads some as a nominative: 'návštěva Putina')
        m = roles.actor_of(k.i)
        if m is None or any(m is x for x in (*sources, *targets)):
            continue
        if m.kind in PLACE_KINDS and m.head == k.i and not targets:
            targets = [m]
        elif m.kind not in PLACE_KINDS and not sources:
            sources = [m]
    return sources, targets


def hosting_sense(roles: Roles, n: Node, e: Entry) -> Entry:
    """A praise entry of a welcome verb whose direct object is a named person or a guest noun of the verb's hosting
    entries (an object the parser read as a subject by its non-nominative case too: 'Indického premiéra přivítal
    prezident Putin', the subject of a passive: 'He was greeted by Morawiecki'): hosting that guest (043)."""
    if not e.cameo.startswith("051") or e.noun or n.lemma not in words(roles.lex, "welcome_verbs"):
        return e
    guest_nouns = {o for x in roles.lex.entries(n.tok.lemma, n.tok.text, False) if x.cameo.startswith(HOST_CAMEO)
                   for o in x.objects}
    objects = [k for k in roles.tree.children(n.i, *OBJECT_RELS, *PASSIVE_SUBJECTS, "nsubj")
               if k.deprel != "nsubj" or k.feat("Case") in OBJECT_CASES]
    return replace(e, cameo=HOST_CAMEO, id=f"{e.id}+hosting", needs_target=True) \
        if any(_guest(roles, k, guest_nouns) for k in objects) else e


def _guest(roles: Roles, k: Node, guest_nouns: set[str]) -> bool:
    """A welcomed object that is a guest: a named person, a guest noun, or a pronoun for a state's person."""
    if k.upos == "PRON":
        m = roles.actor_of(k.i)
        return (m is not None and m.kind in PERSON_KINDS and public(m)) \
            or bool(passive_pronoun_guest(roles, roles.tree[k.head]))
    m = roles.mention_at(k.i)
    return m is not None and m.head == k.i and (m.kind == "PER" or k.lemma in guest_nouns)
