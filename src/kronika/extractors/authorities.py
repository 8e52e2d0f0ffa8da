"""Domestic authorities behind agentless verdicts and sanctions: 'Saif Gaddafi was convicted', 'the chief constable was
sacked', 'the party was banned', 'licence byla odebrána': a passive finding of guilt (CAMEO 116) or an administrative
sanction (172: dismissal, ban, revocation, fine; 1722 ban of a party) done to sectored actors of one state, with no
agent named, is that state's court (116) or government (172): a state's own courts try its people and its
government bans its parties or dismisses its officials (rule DOMESTIC_AUTHORITY, 'domestic-authority')."""

from __future__ import annotations

from ..actors.sport import is_sports_story
from ..model import Mention
from .lexicon import Entry
from .roles import Roles, country_of
from .udview import Node
from .unnamed import agent_phrase

DOMESTIC_AUTHORITY = "domestic-authority"
# CAMEO code -> the sector of the state body that does it: a court finds guilty, the government sanctions.
AUTHORITY_SECTOR = {"116": "JUD", "172": "GOV", "1722": "GOV"}
# Sectors of state bodies, officials and organised public life: sanctioned by their state. A private person (CVL,
# BUS, EDU...) sacked or suspended may be let go by a firm or a club, so a person of another sector takes only a
# verdict (116); an organisation (a company, a channel) of any sector is banned or fined by its state.
PUBLIC_SECTORS = {"GOV", "LEG", "JUD", "COP", "MIL", "SPY", "PTY", "OPP", "ELI"}
VERDICT = "116"
NON_STATE = ("IGO", "NGO", "MNC")
REPORTER = "MED"  # a news outlet reporting the verdict is no party to it
CONTEXT = 2  # sentences before the trigger's in which another state's act may be told ('Canada revokes ...')
# Relations of a participle that describes rather than predicates ('the banned party', 'odsouzený muž').
DESCRIPTIVE = {"amod", "nsubj", "obj", "iobj", "obl", "nmod", "appos"}


def domestic_authority(roles: Roles, n: Node, e: Entry, targets: list[Mention]) -> list[Mention]:
    """The state body behind an agentless verdict or sanction on sectored actors of one state (see the module doc);
    none when an agent is named anywhere in the sentence, another state is named there or just before (whose court,
    then?), or in a sports story (a federation bans its players)."""
    sector = AUTHORITY_SECTOR.get(e.cameo)
    if sector is None or e.noun or e.swap or not targets or not roles.is_passive(n.i) \
            or n.deprel.split(":")[0] in DESCRIPTIVE:
        return []
    state = _one_state(targets, e.cameo == VERDICT)
    if state is None or agent_phrase(roles, n) or agent_named(roles, n) or is_sports_story(roles.doc):
        return []
    if _foreign_nearby(roles, n, state):
        return []  # 'convicted in Greece', 'Canada revokes her citizenship. She was stripped of it': another state's
    t = n.tok
    return [Mention(n.i, n.i, "", (t.start, t.end), state + sector, f"authorities of {state}", "GRP", n.i,
                    rule=DOMESTIC_AUTHORITY)]


def _foreign_nearby(roles: Roles, n: Node, state: str) -> bool:
    """Does the trigger's sentence or one of the CONTEXT sentences before it name an actor of another state (not a
    news outlet reporting it)?"""
    sents = roles.doc.sentences[max(0, n.tok.sent - CONTEXT):n.tok.sent + 1]
    start, end = sents[0].start, sents[-1].end
    return any(m.code and start <= m.head < end and country_of(m.code) != state and m.code[3:6] != REPORTER
               for m in roles.doc.mentions if m.status == "resolved")


def _one_state(targets: list[Mention], verdict: bool) -> str | None:
    """The one state all targets belong to, each a sectored actor (a person of a public sector unless for a verdict)."""
    states = {country_of(t.code) for t in targets}
    state = next(iter(states)) if len(states) == 1 else None
    if state is None or len(state) != 3 or not state.isalpha() or state.startswith(NON_STATE):
        return None
    if not all(len(t.code or "") >= 6 and (verdict or t.kind == "ORG" or (t.code or "")[3:6] in PUBLIC_SECTORS)
                   for t in targets):
        return None
    return state


def agent_named(roles: Roles, n: Node) -> bool:
    """Does the passive name an agent that is no actor ('by masked men', 'zadržen neznámými muži')?"""
    tree, cases = roles.tree, set(roles.lex.grammar.get("agent_cases", []))
    return any(k.deprel == "obl:agent" or (k.deprel.split(":")[0] == "obl" and not tree.has_case(k.i)
                                           and k.feat("Case") in cases and k.feat("Animacy") == "Anim")
               for k in tree.children(n.i))
