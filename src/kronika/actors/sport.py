"""Sport senses of role nouns: in a sports story 'útočník', 'střelec' and 'striker' are players (a forward, a top
scorer, not an attacker, a gunman or a worker on strike): data/<lang>/agents.json sport_senses and sport_words."""

from __future__ import annotations

from functools import cache

from .. import langpack
from ..model import Doc

# Distinct sport words (lemmas) an article names before its ambiguous role nouns take their sport sense.
MIN_SPORT_WORDS = 3


@cache
def _sport_data(lang: str) -> tuple[dict[str, str], frozenset[str]]:
    """(sport sense sector by noun, sport words) of the language; empty where the pack lists none."""
    try:
        data = langpack.load_json(lang, "agents.json")
    except FileNotFoundError:
        return {}, frozenset()
    senses = {str(k).lower(): str(v) for k, v in data.get("sport_senses", {}).items()}
    return senses, frozenset(str(w).lower() for w in data.get("sport_words", []))


def sports_story(doc: Doc, words: frozenset[str]) -> bool:
    """Whether the article names at least MIN_SPORT_WORDS distinct sport words (gól, utkání, trenér; goal, league)."""
    seen = {t.lemma.lower() for t in doc.tokens if t.lemma.lower() in words}
    seen |= {t.text.lower() for t in doc.tokens if t.text.lower() in words}
    return len(seen) >= MIN_SPORT_WORDS


def sport_sector(doc: Doc, forms: set[str], sector: str | None) -> str | None:
    """The sector of a role noun with its sport sense in a sports story ('útočník Sparty': a player, CVL, owned by
    the club); else the sector as the lexicon gives it."""
    senses, words = _sport_data(doc.lang or "")
    hit = next((senses[f] for f in sorted(forms) if f in senses), None)
    if hit is None or sector is None or not sports_story(doc, words):
        return sector
    return hit


def is_sports_story(doc: Doc) -> bool:
    """Whether the article is a sports story by its language's sport_words (agents.json)."""
    return sports_story(doc, _sport_data(doc.lang or "")[1])
