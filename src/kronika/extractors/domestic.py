"""Whether an act with no named target falls on the actor's own side: a measure on its own population, force used by
its police or army, a protest called off, an aid object that already belongs to someone, and whether the sentence
names any foreign actor that could be the target instead (event_roles.late_targets)."""

from __future__ import annotations

from ..cameo import plover_type as lookup_type
from ..model import Mention
from .implicit_targets import home_population
from .lexicon import Entry
from .matching import best_entry
from .roles import Roles, country_of
from .targets import OWNER
from .udview import Node

# CAMEO codes of measures a state takes on its own population (curfews, martial law, bans, states of emergency,
# and their easing): without a named target and any foreign actor in the sentence, the target is that population.
DOMESTIC_MEASURES = ("172", "081", "0813", "0814")
PLACED_MEASURE = "172"  # curfews, emergencies, bans: imposed on a place (measure_state)
# Calling off a strike or protest (082) yields to whom the protest was aimed at: with none named, as a protest, the
# protesters' own government ('odbory odvolaly stávku', 'called off the strike'): protest_ended.
DISSENT_EASED = ("082",)
# Force a state's police or army uses with no named target and no foreign actor in the sentence is used on its own
# population ('Egyptian police opened fire to disperse demonstrators').
DOMESTIC_FORCE = {"ASSAULT", "COERCE"}
FORCE_SECTORS = {"COP", "MIL"}


def protest_ended(roles: Roles, e: Entry, anchors: list[int]) -> bool:
    """Does the entry call off a protest: ease dissent (082) over an object noun the lexicon codes as a protest
    ('odvolaly stávku', 'called off the strike'; not 'resolve the issue')?"""
    lex, tree = roles.lex, roles.tree
    return e.cameo.startswith(DISSENT_EASED) and any(lookup_type(x.cameo) == "PROTEST" for a in anchors
                                                     for x in lex.entries(tree[a].tok.lemma, tree[a].tok.text, True))


def owned_object(roles: Roles, n: Node) -> bool:
    """Does the act have an object that belongs to an actor ('poskytuje ruské operaci na Ukrajině': the parser's
    object is the recipient, the Russian operation)? Then a place phrase under it does not name the aid's target."""
    tree = roles.tree
    return any(roles.mention_at(g.i) is not None for k in tree.children(n.i, "obj") for g in tree.children(k.i)
               if g.deprel in OWNER)


def domestic_force(plover: str, sources: list[Mention]) -> bool:
    """Is this force used by a state's police or army (not by a state named as a whole: 'Russia used missiles')?"""
    return plover in DOMESTIC_FORCE and all((m.code or "")[3:6] in FORCE_SECTORS for m in sources)


def domestic_measure(roles: Roles, e: Entry, n: Node) -> bool:
    """Is the entry (or, for a threat, the threatened act) a measure on the own population?"""
    tree, lex = roles.tree, roles.lex
    if e.cameo.startswith(DOMESTIC_MEASURES):
        return True
    if lookup_type(e.cameo) != "THREATEN":
        return False
    for c in tree.children(n.i, "xcomp", "ccomp"):
        best = best_entry(tree, roles, lex.entries(c.tok.lemma, c.tok.text, False), c)
        if best is not None and best[0].cameo.startswith(DOMESTIC_MEASURES):
            return True
    return False


def foreign_in_sentence(roles: Roles, n: Node, sources: list[Mention], causes: bool = False) -> bool:
    """Does the trigger's sentence name an actor of another country than the sources (a possible target)? With
    causes, not counting the trigger's adverbial clauses: a measure's reason ('Protože nezískal od mexické vlády
    peníze, vyhlásil nouzový stav') names no one it falls on."""
    home = {country_of(m.code) for m in sources}
    sent = roles.doc.sentences[n.tok.sent]
    aside = {k.i for c in roles.tree.children(n.i, "advcl") for k in roles.tree.subtree(c.i)} if causes else set()
    found = [m for m in roles.doc.mentions if m.code and m.status == "resolved" and sent.start <= m.head < sent.end
             and not m.code.endswith("MED") and m.head not in aside]  # the agency that reports it is no party
    return any(country_of(m.code) not in home and not any(o is not m and o.start <= m.start and m.end <= o.end
                                                            and o.end - o.start > m.end - m.start for o in found)
               for m in found)  # a name inside a longer actor's name ('Labour' in 'Serbian Labour Minister X')


def measure_state(roles: Roles, e: Entry, n: Node, anchors: list[int], sources: list[Mention], measure: bool
                  ) -> list[Mention]:
    """'vyhlásila na Haiti stav obležení, uvedla mluvčí amerického velvyslanectví': a curfew or emergency declared
    in a place phrase (grammar key location_preps) of the trigger or its object that names the sources' own state
    falls on its population even when the sentence names a foreign actor (the reporter); [] when another place
    phrase names a place inside it ('in the town of Cizre in southeastern Turkey': the general rule decides)."""
    tree, preps = roles.tree, roles.lex.words("location_preps")
    own = {country_of(m.code) for m in sources}
    if not measure or len(own) != 1 or not e.cameo.startswith(PLACED_MEASURE):
        return []  # no curfew or emergency (easing one names no place), or sources of several states
    phrases = [k for h in [n.i, *anchors] for k in tree.children(h, "obl", "nmod") if tree.case_words(k.i) & preps]
    found = [m for k in phrases for m in roles.actors(k.i) if m.kind == "GPE" and m.code in own and m.head == k.i]
    local = [k for k in phrases if all(m.head != k.i for m in found)
             and any(t.upos == "PROPN" for t in tree.subtree(k.i))]  # a named town or region of the state
    return home_population(sources) if found and not local else []
