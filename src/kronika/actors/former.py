"""Offices held no longer ('former President X', 'bývalý ministr Y'): the holder is an elite, no state organ."""

from __future__ import annotations

from ..model import Doc
from .lexicon import Lexicon

# Sectors of the state's organs: with a 'former' adjective their holder is one of the state's elites.
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
ELITE = "ELI"


def former_sector(doc: Doc, lex: Lexicon, forms: list[set[str]], h: int, sector: str | None) -> str | None:
    """ELI for a state office noun with a 'former' adjective (agents key former_adjectives: 'former President',
    'ex-Prime Minister', 'bývalého prezidenta'), else the sector unchanged: GUIDELINES code a person by the role held
    on the article's date."""
    if sector not in OFFICE_SECTORS:
        return sector
    t = doc.tokens[h]
    heads = [h, t.head] if t.deprel == "compound" and t.head > h else [h]  # 'former President Yanukovich': on the name
    if any(c.deprel.split(":")[0] == "amod" and c.i < h and forms[c.i] & lex.former_adjectives
           for x in heads for c in doc.children(x)):
        return ELITE
    return sector
