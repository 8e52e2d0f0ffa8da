"""Groups named by who leads them or by a stateless people (the Saudi-led coalition, kurdské jednotky)."""

from __future__ import annotations

from ..model import Doc, Token
from .lexicon import Lexicon


def stateless(doc: Doc, lex: Lexicon, forms: list[set[str]], h: int) -> bool:
    """Whether an adjective of a people without a state (Kurdish, kurdský) modifies the noun at h."""
    return any(c.deprel.split(":")[0] == "amod" and forms[c.i] & lex.stateless_adjectives for c in doc.children(h))


def leaders(doc: Doc, p: Token) -> list[Token]:
    """The leader of a leader participle: its oblique (koalice vedená Saúdskou Arábií), the English hyphenated
    modifier (the Saudi-led coalition) or by-agent (a coalition led by Saudi Arabia)."""
    out = [g for g in doc.children(p.i) if g.deprel.split(":")[0] in ("obl", "npadvmod", "compound", "nmod")]
    return out + [g for a in doc.children(p.i) if a.deprel == "agent" for g in doc.children(a.i)
                  if g.deprel == "pobj"]
