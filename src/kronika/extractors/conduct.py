"""Conduct nouns: 'the aggression of Russia against Ukraine', 'ruská agrese', 'rozhodnutí Nejvyššího soudu' name the
one whose conduct it is (RUS, the court), not the victim in the noun's own phrase.

A noun of an actor's conduct (data/<lang>/judgements.json key conduct_nouns: aggression, behaviour, policy, agrese,
jednání, politika, ...) names an actor as its owner: a possessor ('Russia's'), a country adjective ('ruskou'), a
bare genitive ('jednání Ruska'), an agent phrase ('by Russia', 'Ruskem') or an of-phrase, unless the noun is an act
done to someone (key patient_act_nouns: 'the occupation of Crimea' names the occupied). A judgement of such a noun
judges its owner ('the current actions of Ms Suu Kyi are regrettable': judgements.py), and dismay at one is aimed at
its owner (dismay.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cameo import plover_type as lookup_type
from ..model import Mention
from .judgement_words import cues
from .lexicon import Entry
from .udview import Node

if TYPE_CHECKING:
    from .roles import Roles

JUDGING = {"ACCUSE"}  # criticise, condemn, accuse, disapprove: aimed at the conduct's owner
OBJECTS = ("obj",)
GENITIVE = "Gen"  # cs 'jednání Ruska': the owner in a bare genitive
AGENT_CASE = "Ins"  # cs 'okupace Krymu Ruskem': the agent in the instrumental


def conduct_owners(roles: Roles, noun: Node) -> list[Mention]:
    """The actors whose conduct the noun names (see the module docstring); none when it is no conduct noun."""
    lang, tree = roles.lex.lang, roles.tree
    word = noun.lemma.lower()
    if word not in cues(lang, "conduct_nouns"):
        return []
    patient = word in cues(lang, "patient_act_nouns")  # 'occupation of Crimea': the of-phrase is the occupied
    agents, of = roles.lex.words("agent_preps"), cues(lang, "owner_preps") if not patient else frozenset()
    owners = [k for k in tree.children(noun.i, "amod") if k.upos == "ADJ"]  # 'ruská agrese', 'Russian aggression'
    for k in tree.children(noun.i, "nmod"):
        preps, case = tree.case_words(k.i), k.feat("Case")
        if k.deprel == "nmod:poss" or (preps and preps <= agents | of) or (  # "Russia's", 'by Russia', 'of Russia'
                not preps and (case == AGENT_CASE or (case == GENITIVE and not patient))):  # 'jednání Ruska'
            owners.append(k)  # not 'agrese proti Ukrajině', 'okupace Krymu' (the occupied)
    return [m for k in owners for m in roles.actors(k.i)]


def conduct_targets(roles: Roles, e: Entry, n: Node, targets: list[Mention]) -> list[Mention]:
    """The owners of a conduct noun the criticism's object names ('condemned the aggression of Russia against
    Ukraine': RUS, not UKR); the targets found otherwise where the object names no conduct or no owner."""
    if lookup_type(e.cameo) not in JUDGING or e.noun or e.swap:
        return targets
    found = [m for k in roles.tree.children(n.i, *OBJECTS) for m in conduct_owners(roles, k)]
    return found or targets
