"""Verbal protests: an authority, a firm or a medium that 'protests' against something disapproves of it in words.

PLOVER PROTEST is what crowds do (demonstrations, strikes, blockades); a government, court, ministry or company that
'protestovala proti rozhodnutí' / 'protested the decision' lodges a complaint: ACCUSE (CAMEO 111, PLOVER-GSR
'a human rights group protested'; wmt 'Proti průběhu tendru protestoval provozovatel Kapsch' ACCUSE AUTBUS -> CZEGOV).
Only the bare protest verbs (grammar key verbal_protest_verbs, not 'zahájit hladovku', 'stage a rally', not the noun
in 'suspended talks in protest against', which the Czech 'na protest proti' codes as PROTEST too) and only when
every source is such a body (key verbal_protest_sectors, or an IGO) are recoded.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from .lexicon import Entry, Lexicon

VERBAL_PROTEST_CAMEO = "111"


def verbal_protest(lex: Lexicon, e: Entry, sources: list[Mention]) -> Entry:
    """The entry recoded as a criticism when a body, not a crowd, protests (see the module docstring)."""
    if e.cameo[:2] != "14" or e.noun or e.objects or e.lemma not in lex.words("verbal_protest_verbs") or not sources:
        return e
    sectors = {s.upper() for s in lex.words("verbal_protest_sectors")}
    if all(_body(m, sectors) for m in sources):
        return replace(e, cameo=VERBAL_PROTEST_CAMEO, id=f"{e.id}+verbal-protest")
    return e


def _body(m: Mention, sectors: frozenset[str] | set[str]) -> bool:
    """A state organ, firm or medium (by the code's sector), or an IGO."""
    code = m.code or ""
    if code.startswith("IGO"):
        return True  # not a bare state: 'Polsko protestovalo proti zákonu' may be its people's demonstration
    return len(code) >= 6 and code[3:6] in sectors
