"""Home evidence from spelling: an English article full of Czech-spelled names is a Czech story.

A pack without a default home country (English) finds no home in a translated local story that names no state
('Nečesaný demands CZK 45 million from the state', 'Hořice', 'Vladimír Řepka'). The names keep their own spelling
(data/<lang>/actors.json name_spellings, read by persons.spelled_country): several distinct capitalised words in one
country's spelling, with no state named more often, make that country the article's clear home.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..model import Doc
from .home import Home
from .lexicon import Lexicon
from .persons import spelled_country

# Distinct capitalised words in one country's spelling that make it the home of an article with no other evidence.
MIN_SPELLED_WORDS = 2


def spelled_words(doc: Doc, lex: Lexicon) -> Counter[str]:
    """Distinct proper-noun words per country whose spelling they keep (Řepka, Hořice: CZE)."""
    seen: dict[str, str] = {}
    for t in doc.tokens:
        if t.text[:1].isupper() and t.upos == "PROPN" and t.text not in seen \
                and (c := spelled_country(lex, t.text)) is not None:
            seen[t.text] = c
    return Counter(seen.values())


def spelled_home(doc: Doc, lex: Lexicon, home: Home) -> Home:
    """The home with the spelling evidence added: only for a pack without a default and an article without a clear
    home, when one country's spelling marks MIN_SPELLED_WORDS names and no state is named more often than it."""
    if lex.home_default or home.clear is not None:
        return home
    ranked = spelled_words(doc, lex).most_common(2)
    if not ranked or ranked[0][1] < MIN_SPELLED_WORDS or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return home
    state, n = ranked[0]
    top = max(home.counts.values(), default=0)
    if home.counts.get(state, 0) < top and top >= lex.home_min:
        return home
    why = f"names in the spelling of {state} ({n} words), no state named more often"
    return replace(home, code=home.code or state, clear=state, clear_rule=why)
