"""Sources a trigger's clause does not name: the quote's speaker for a first-person verb, the reporter or a subject
from the context, and the agent an agentless passive implies (the home state's police or courts behind 'Several
people were arrested', 'byl odsouzen'; else the unnamed agent of a passive accusation)."""

from __future__ import annotations

from ..cameo import CameoCode
from ..model import Doc, Mention, Quote
from .complements import reported_source
from .lexicon import Entry
from .roles import Roles, country_of
from .subjects import inherited_source, unnamed_agent
from .udview import Node, Tree

# CAMEO codes of acts only a state's police or courts do to a person: arrest, detain, charge, imprison (173), release
# from custody (0841). Passive and agentless ('Several people were arrested'), their agent is the home state's.
CUSTODY_SECTOR = {"173": "COP", "0841": "JUD"}
COURT_SECTOR = "JUD"  # the grammar's institutional_passives: a court's acts ('byl odsouzen', 'byl mu uložen trest')
PERSONS = {"PER", "GRP"}  # a state 'condemned' for a war ('Polsko bylo odsouzeno') is in no one's custody
NON_STATE = ("IGO", "NGO", "MNC")
IMPLICIT_AGENT = "implicit-home-agent"


def implicit_agent(roles: Roles, n: Node, e: Entry, info: CameoCode | None, targets: list[Mention]
                   ) -> tuple[list[Mention], str]:
    """The source of an agentless passive with a target: the home state's police or court for a custody act done
    to persons, else the unnamed agent of a passive accusation or rejection (subjects.unnamed_agent)."""
    state = custody_agent(roles, n, e, targets)
    if state:
        return state, "custody-passive"
    return unnamed_agent(roles, n, e, info, targets), "agentless-passive"


def custody_agent(roles: Roles, n: Node, e: Entry, targets: list[Mention]) -> list[Mention]:
    """'Several people were arrested during the raid', 'Saif Gaddafi byl odsouzen': a passive verb of a custody act
    (CUSTODY_SECTOR codes, or a court's act of the grammar key institutional_passives) done to persons, with no
    agent of any kind on the verb, is done by the police (court) of the article's clear home country (actors put it
    in doc.meta['home_country']); not when its sentence names a third state (whose police, then?)."""
    court = e.lemma in roles.lex.words("institutional_passives")
    code = next((c for c in CUSTODY_SECTOR if e.cameo.startswith(c)), None)
    if e.noun or e.swap or not targets or not (court or code) or not roles.is_passive(n.i):
        return []
    home = (roles.doc.meta.get("home_country") or {}).get("clear")
    if not home or not all(t.kind in PERSONS for t in targets) or _agent_named(roles, n):
        return []
    known = {home, *(country_of(t.code) for t in targets)}
    sent = roles.doc.sentences[n.tok.sent]
    if any(m.code and sent.start <= m.head < sent.end and country_of(m.code) not in known
           and not m.code.startswith(NON_STATE) for m in roles.doc.mentions):  # also places: 'zatčen v Řecku'
        return []
    sector = COURT_SECTOR if court else CUSTODY_SECTOR[code or "0841"]
    t = n.tok
    return [Mention(n.i, n.i, "", (t.start, t.end), home + sector, f"authorities of {home}", "GRP", n.i,
                    rule=IMPLICIT_AGENT)]


def _agent_named(roles: Roles, n: Node) -> bool:
    """Does the passive name an agent that is no actor ('by masked men', 'zadržen neznámými muži')?"""
    tree, cases = roles.tree, set(roles.lex.grammar.get("agent_cases", []))
    return any(k.deprel == "obl:agent" or (k.deprel.split(":")[0] == "obl" and not tree.has_case(k.i)
                                           and k.feat("Case") in cases and k.feat("Animacy") == "Anim")
               for k in tree.children(n.i))


def speaker_as_source(doc: Doc, tree: Tree, n: Node, quote: Quote | None) -> tuple[list[Mention], str]:
    """A first-person verb inside a quote ("we value ...") has the quote's speaker as its source."""
    person = n.feat("Person") or next((a.feat("Person") for a in tree.children(n.i, "aux", "nsubj")
                                       if a.feat("Person")), None)
    if person is None and n.deprel == "xcomp" and n.head != n.i:  # 'chceme jednat', 'musíme podpořit'
        person = tree[n.head].feat("Person")
    if quote is None or quote.speaker is None or person != "1":
        return [], ""
    sp = quote.speaker.span
    found = [m for m in doc.mentions if m.code and sp and m.span[0] <= sp[0] < m.span[1]]
    return (found[:1], "quote-speaker") if found else ([], "")


def reported_or_inherited(roles: Roles, trigger: int) -> tuple[list[Mention], str]:
    """'Syria says it will withdraw': the reporter for a pronoun subject; else a subject from the context."""
    found = reported_source(roles, trigger)
    return (found, "reported-pronoun") if found else inherited_source(roles, trigger)
