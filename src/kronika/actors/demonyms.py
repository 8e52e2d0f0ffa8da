"""Demonyms in a text ('ruský', 'South Korean', 'Saudi-led') and stance words that are no evidence of a state."""

from __future__ import annotations

from ..model import Doc
from .lexicon import Lexicon


def demonyms(doc: Doc, lex: Lexicon, forms: list[set[str]]) -> tuple[dict[int, str], set[int]]:
    """Demonym code per token (multi-word ones such as South Korean on their last word) and the tokens they cover."""
    dems: dict[int, str] = {}
    covered: set[int] = set()
    for t in doc.tokens:
        for n in (3, 2):
            words = tuple(x.text.lower() for x in doc.tokens[t.i:t.i + n])
            code = lex.multi_demonyms.get(words) if len(words) == n else None
            if code and all(x.sent == t.sent for x in doc.tokens[t.i:t.i + n]):
                dems.update(dict.fromkeys(range(t.i, t.i + n), code))
                covered |= set(range(t.i, t.i + n))
                break
        if t.i not in dems and t.upos in ("ADJ", "PROPN", "NOUN"):
            code = lex.demonym(forms[t.i])
            led = t.deprel == "npadvmod" and doc.tokens[t.head].lemma.lower() in lex.leader_participles  # Saudi-led
            premod = t.deprel == "nmod" and t.i < t.head and doc.tokens[t.head].upos == "NOUN"  # the Czech ministry
            if code and (t.upos == "ADJ" or not t.text[:1].isupper() or t.deprel in ("amod", "compound") or led
                         or premod) \
                    and not stance(doc, lex, t.i):  # pro-Russian: a stance, no evidence of the state
                dems[t.i] = code
                covered.add(t.i)
    return dems, covered


def stance(doc: Doc, lex: Lexicon, i: int) -> bool:
    """Whether token i is a stance prefix before a hyphen or a word after 'anti -' / 'pro -' (anti-Syria)."""
    toks, pre = doc.tokens, lex.stance_prefixes
    if i + 1 < len(toks) and toks[i + 1].text == "-" and toks[i].text.lower() in pre:
        return True  # the parser may hang the prefix itself on the noun
    return i >= 2 and toks[i - 1].text == "-" and toks[i - 2].text.lower() in pre
