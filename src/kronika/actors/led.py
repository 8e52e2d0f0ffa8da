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


def backed_by(doc: Doc, lex: Lexicon, forms: list[set[str]]) -> set[int]:
    """Tokens that name who backs a group (actors key backer_participles): the argument of the participle ('the
    US-backed fighters', 'militias backed by Iran') or, in Czech, the bare modifier after it that the parser hangs
    on the group noun ('bojovníkům podporovaným USA'). The group is coded by itself, never by its backer."""
    out: set[int] = set()
    for p in doc.tokens:
        if p.deprel not in ("amod", "acl") or p.head == p.i or not forms[p.i] & lex.backer_participles:
            continue
        out |= {g.i for g in leaders(doc, p)}
        later = [g for g in doc.children(p.head) if g.i > p.i and g.deprel.split(":")[0] == "nmod"
                 and not any(c.deprel == "case" for c in doc.children(g.i))]
        if later and doc.tokens[p.head].i < p.i:
            out.add(later[0].i)
        h = doc.tokens[p.head]
        if h.i > p.i and h.upos == "PROPN" and h.deprel.split(":")[0] == "nmod" and h.head < p.i:
            out.add(h.i)  # 'bojovníkům podporovaným USA' with the participle hung on the name after it
    return out


def led_sector(doc: Doc, lex: Lexicon, f: set[str], h: int) -> str | None:
    """The sector of a group noun that is an actor only when led (actors key led_group_nouns: the Saudi-led
    coalition, a coalition led by Saudi Arabia), None for a bare one ('the coalition bombed': nobody's in
    particular)."""
    sector = next((lex.led_group_nouns[x] for x in f if x in lex.led_group_nouns), None)
    if sector is None or not any(c.deprel in ("amod", "acl") and c.lemma.lower() in lex.leader_participles
                                 and leaders(doc, c) for c in doc.children(h)):
        return None
    return sector
