"""Conjuncts of a passive the parser hung on its agent: cs 'Demonstranti byli zadrženi egyptskou policií, biti a
mučeni' attaches 'mučeni' as a conjunct of the agent noun 'policií'; a passive participle is no conjunct of a noun,
so it is rehung on the passive verb whose agent that noun is (then it shares the agent: subjects, passive-agent)."""

from __future__ import annotations

from .lexicon import Lexicon
from .udview import Node, Tree

AGENT_RELS = {"obl", "obl:arg", "obl:agent", "nmod"}


def passive_conjunct(tree: Tree, lex: Lexicon, n: Node) -> str:
    """Rehang a passive participle that is a 'conj' of the bare agent noun (grammar key agent_cases, or obl:agent) of
    a passive verb onto that verb; returns a note, or '' when nothing changed."""
    if n.deprel != "conj" or n.head == n.i or n.feat("VerbForm") != "Part" or n.feat("Voice") != "Pass" \
            or tree.children(n.i, "nsubj", "nsubj:pass"):
        return ""
    agent = tree[n.head]
    cases = set(lex.grammar.get("agent_cases", []))
    if agent.upos not in {"NOUN", "PROPN"} or agent.deprel not in AGENT_RELS or agent.head == agent.i or not (
            agent.deprel == "obl:agent" or (agent.feat("Case") in cases and not tree.has_case(agent.i))):
        return ""
    verb = tree[agent.head]
    if verb.feat("VerbForm") != "Part" or verb.feat("Voice") != "Pass" or verb.i > n.i:
        return ""
    return f"passive-conjunct:{verb.tok.text}+{n.tok.text}" if tree.rehang(n.i, verb.i, "conj") else ""
