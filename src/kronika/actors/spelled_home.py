"""Home evidence from spelling: an English article full of Czech-spelled names is a Czech story; a Czech article that
names no state and only people whose names are not spelled the Czech way is a translated foreign story.

A pack without a default home country (English) finds no home in a translated local story that names no state
('Nečesaný demands CZK 45 million from the state', 'Hořice', 'Vladimír Řepka'). The names keep their own spelling
(data/<lang>/actors.json name_spellings, read by persons.spelled_country): several distinct capitalised words in one
country's spelling, with no state named more often, make that country the article's clear home.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from .. import langpack
from ..model import Doc
from .home import Home
from .lexicon import Lexicon
from .match import Hit
from .persons import _plain, spelled_country

# Distinct capitalised words in one country's spelling that make it the home of an article with no other evidence.
MIN_SPELLED_WORDS = 2
# Distinct unlisted people, none with a name in the pack's own spelling, that make a stateless article foreign.
MIN_FOREIGN_PERSONS = 2
# Sentences of an article that names no state and no proper noun the own way before it loses the default (a snippet
# of two sentences has too little text to tell).
MIN_UNMARKED_SENTENCES = 6
OPENING_MARKS = set('„"“«(‚')


@dataclass(frozen=True)
class OwnNames:
    """How a language writes its own people's names (data/<lang>/own_names.json)."""

    letters: str
    endings: tuple[str, ...]  # surname endings the language adds to anyone's name (Obamová): no evidence
    given: frozenset[str]  # given names in plain lower-case letters


@cache
def own_names(lang: str) -> OwnNames | None:
    """The pack's own name spelling, None for a pack without one (English has no default home to guard)."""
    try:
        data = langpack.load_json(lang, "own_names.json")
    except FileNotFoundError:
        return None
    return OwnNames(data["letters"], tuple(data["foreign_endings"]),
                    frozenset(_plain(n.lower()) for n in data["given_names"]))


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


def foreign_story(lex: Lexicon, home: Home, persons: list[Hit]) -> Home:
    """The home without the pack's default when the article names no state of the default's and at least
    MIN_FOREIGN_PERSONS unlisted people, none spelled as the language writes its own (Matt Fiddes, Wade Robson,
    Michelle Obamová): a translated foreign story, whose police and courts are not the default state's."""
    default = lex.home_default
    own = own_names(lex.lang)
    if not default or own is None or home.clear != default or home.counts.get(default, 0):
        return home
    names = _base_forms({p.name for p in persons if p.kind == "PER" and p.person is None})
    if len(names) < MIN_FOREIGN_PERSONS or any(_own_name(own, n) for n in names):
        return home
    why = f"no state named and {len(names)} people, none spelled as {default} names are: a foreign story"
    return replace(home, clear=None, clear_rule=why)


def unmarked_story(doc: Doc, lex: Lexicon, home: Home) -> Home:
    """The home without the pack's default when an article of MIN_UNMARKED_SENTENCES names no state at all and no
    proper noun in the own spelling (a letter of it, an own given name) inside a sentence: a translated foreign story
    whose people are not named as persons (Chinese names tagged as bodies, an unnamed offender and his victim)."""
    default = lex.home_default
    own = own_names(lex.lang)
    if not default or own is None or home.clear != default or home.counts:
        return home
    if len({t.sent for t in doc.tokens}) < MIN_UNMARKED_SENTENCES or any(
            _own_name(own, t.text) for t in doc.tokens if _inner_name(doc, t.i)):
        return home
    why = "no state named and no proper noun spelled as the language's own: a foreign story"
    return replace(home, clear=None, clear_rule=why)


# Letters Czech adds to a foreign name in its cases (Michaela Jacksona, Wadem Robsonem, Jamesem Safechuckem).
MAX_CASE_ENDING = 3


def _base_forms(names: set[str]) -> set[str]:
    """The names without the inflected forms of a name the article also writes in its base form: 'Michaela Jacksona'
    is Michael Jackson's genitive, not the Czech given name Michaela, when 'Michael Jackson' is there too."""
    split = {n: tuple(n.lower().split()) for n in names}
    return {n for n, words in split.items() if not any(_inflected(words, base) for base in split.values())}


def _inflected(words: tuple[str, ...], base: tuple[str, ...]) -> bool:
    """Each word the base's word or it with a case ending (Michaela Jacksona of Michael Jackson), not all the same."""
    return words != base and len(words) == len(base) and all(
        w == b or (w.startswith(b) and len(w) - len(b) <= MAX_CASE_ENDING) for w, b in zip(words, base, strict=True))


def _inner_name(doc: Doc, i: int) -> bool:
    """A capitalised proper noun that does not open its sentence or a quote (where any word is capitalised)."""
    t, prev = doc.tokens[i], doc.tokens[i - 1] if i else None
    return t.upos == "PROPN" and t.text[:1].isupper() and prev is not None and prev.sent == t.sent \
        and prev.text not in OPENING_MARKS


def _own_name(own: OwnNames, name: str) -> bool:
    """A name with a letter of the own spelling (after endings added to any name), or an own given name first."""
    words = name.lower().replace("-", " ").split()
    for w in words:
        stem = next((w[:-len(e)] for e in own.endings if w.endswith(e) and len(w) > len(e) + 2), w)
        if any(ch in stem for ch in own.letters):
            return True
    first = _plain(words[0]) if words else ""
    return any(first.startswith(g) and len(first) - len(g) <= 3 for g in own.given)


def hosted_envoys(doc: Doc, lex: Lexicon, home: Home, hits: list[Hit], dems: dict[int, str]) -> Home:
    """Not the home of its own diplomats: a clear home that is the state of an ambassador, embassy or consul the
    article names ('Ministerstvo zahraničí si předvolalo ruského velvyslance') is the foreign state its host deals
    with; the home is then the pack's default (or none). Diplomat nouns: agents key host_envoys."""
    if home.clear is None or not lex.host_envoys or not lex.home_default or home.clear == lex.home_default:
        return home  # (the default's own consul abroad is its story; a pack without a default cannot tell)
    refs = [(h.head, h.code) for h in hits] + list(dems.items())
    for i, code in refs:
        t = doc.tokens[i]
        owner = not any(c.deprel == "case" for c in doc.children(i))  # ruský velvyslanec, velvyslanec Ruska: not
        if (code or "")[:3] == home.clear and t.head != t.i and owner and lex.forms(  # 'vyslanec pro Libyi'
                doc.tokens[t.head].text, doc.tokens[t.head].lemma) & lex.host_envoys:
            why = f"{home.clear} has a diplomat here ({doc.tokens[t.head].text}): the host's story"
            return replace(home, clear=lex.home_default, clear_rule=why)
    return home
