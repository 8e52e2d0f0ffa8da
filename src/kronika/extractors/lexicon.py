"""Event lexicons (data/<lang>/verbs.json) and per-language event grammar (data/<lang>/modality.json)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ..cameo import lookup
from ..langpack import has_file, load_json

DEFAULT_SOURCE = ("nsubj", "obl:agent")
DEFAULT_TARGET = ("obj",)
DEFAULT_NOUN_SOURCE = ("nmod:poss", "poss")


@dataclass(frozen=True)
class Entry:
    """One trigger pattern: a lemma (plus optional particle/object/preposition) coded as a CAMEO code."""

    lemma: str
    cameo: str
    id: str
    noun: bool = False
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    prep: str | None = None
    source: tuple[str, ...] = DEFAULT_SOURCE
    target: tuple[str, ...] = DEFAULT_TARGET
    passive_source: tuple[str, ...] = ()
    swap: bool = False
    future: bool = False
    reciprocal: bool = False
    needs_target: bool = False
    compound_cameo: str | None = None  # the code when several countries do it together ('joint exercises': 062)
    mutual: bool = False  # the target does it with the source too ('telephoned X': both talked)
    named_target: bool = False  # only a target the text names: no implicit domestic counterpart ('obavy z X')
    no_counterpart: bool = False  # stands without a target, never the implicit counterpart ('committed to X-ing')
    one_way: bool = False  # never mutual: compound sources are no counterparts ('X a Y prodali stroje do Číny')
    complements: frozenset[str] = frozenset()  # infinitive complements that license it ('ordered X to pay')
    infinitive: bool = False  # fits only with an infinitive complement after the trigger ('told X to pay')
    demand_clause: bool = False  # fits only with a clause after it opened by a demand mark ('řekla nám, abychom')
    direct_object: bool = False  # the object noun must be the trigger's own direct object ('called the police')
    object_prep: bool = False  # the object noun must carry the entry's preposition ('put troops on alert')
    unless: tuple[str, ...] = ()  # role specs that must find no actor ('vyzvalo EU k sankcím': a request to the EU)
    intransitive: bool = False  # fits only without a direct object ('pulled out of Niger', not 'pulled them out')
    source_sectors: frozenset[str] = frozenset()  # codes only for sources of these sectors ('paramedics treated him')
    own_target: bool = False  # only an actor the role phrase names itself ('varoval před Ruskem'), none deeper in it
    negated_cameo: str | None = None  # the code of its negated use, an act of its own ('will not tolerate X': 130)
    negated_only: bool = False  # only its negated use codes ('did not rule out military action'; ruling it out not)

    @property
    def specificity(self) -> int:
        """Entries with more conditions are tried first."""
        return (4 * bool(self.objects or self.complements) + 2 * bool(self.particle) + bool(self.prep)
                + bool(self.infinitive or self.demand_clause))


def _entry(d: dict[str, Any], lang: str, noun: bool, n: int) -> Entry:
    lemma = str(d["lemma"]).lower()
    objs = d.get("object") or []
    return Entry(
        lemma=lemma, cameo=str(d["cameo"]), id=str(d.get("id") or f"{lang}-{'n' if noun else 'v'}{n}-{lemma}"),
        noun=noun, particle=(d.get("particle") or None), objects=frozenset(o.lower() for o in objs),
        prep=(d.get("prep") or None),
        source=tuple(d.get("source") or (DEFAULT_NOUN_SOURCE if noun else DEFAULT_SOURCE)),
        target=tuple(d.get("target") or DEFAULT_TARGET), passive_source=tuple(d.get("passive_source") or ()),
        swap=bool(d.get("swap")), future=bool(d.get("future")), reciprocal=bool(d.get("reciprocal")),
        needs_target=bool(d.get("needs_target") or d.get("swap") or d.get("named_target")),
        compound_cameo=str(d["compound_cameo"]) if d.get("compound_cameo") else None,
        mutual=bool(d.get("mutual")), named_target=bool(d.get("named_target")),
        no_counterpart=bool(d.get("no_counterpart")), infinitive=bool(d.get("infinitive")),
        demand_clause=bool(d.get("demand_clause")),
        direct_object=bool(d.get("direct_object")), object_prep=bool(d.get("object_prep")),
        complements=frozenset(fold(c) for c in d.get("complement") or []),
        one_way=bool(d.get("one_way")), unless=tuple(d.get("unless") or ()), intransitive=bool(d.get("intransitive")),
        source_sectors=frozenset(str(x).upper() for x in d.get("source_sectors") or []),
        own_target=bool(d.get("own_target")),
        negated_cameo=str(d["negated_cameo"]) if d.get("negated_cameo") else None,
        negated_only=bool(d.get("negated_only")),
    )


@lru_cache(maxsize=100_000)
def fold(s: str) -> str:
    """Lower-case and strip diacritics (to survive lemmatizer slips like 'použit' for 'použít')."""
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))


_NO_ENTRIES: list[Entry] = []  # shared by every token that triggers nothing (callers only read it)


class Lexicon:
    """Trigger entries of one language, indexed by lemma (and by diacritic-free lemma)."""

    def __init__(self, lang: str, raw: dict[str, Any], grammar: dict[str, Any]) -> None:
        self.lang = lang
        self.grammar = grammar
        self.verbs: dict[str, list[Entry]] = {}
        self.nouns: dict[str, list[Entry]] = {}
        self.rejected: list[tuple[str, str]] = []
        self._found: dict[tuple[str, str, bool], list[Entry]] = {}
        for noun, key, index in ((False, "verbs", self.verbs), (True, "nouns", self.nouns)):
            for n, d in enumerate(raw.get(key, [])):
                e = _entry(d, lang, noun, n)
                if lookup(e.cameo) is None or (e.negated_cameo is not None and lookup(e.negated_cameo) is None):
                    bad = e.cameo if lookup(e.cameo) is None else f"{e.negated_cameo} (negated use)"
                    self.rejected.append((e.id, f"unknown CAMEO code {bad}"))
                    continue
                index.setdefault(e.lemma, []).append(e)
                if fold(e.lemma) != e.lemma:
                    index.setdefault(fold(e.lemma), []).append(e)
        for index in (self.verbs, self.nouns):
            for lst in index.values():
                lst.sort(key=lambda e: -e.specificity)

    def lemma_candidates(self, lemma: str, text: str, verb: bool = False) -> list[str]:
        """The lemma, then repairs of typical lemmatizer slips by the language's suffix rewrites (for a verb also
        without the negative prefix)."""
        out = [lemma.lower()]
        forms = [lemma.lower(), text.lower()]
        prefix = self.grammar.get("negative_prefix")
        if verb and isinstance(prefix, str) and prefix and lemma.lower().startswith(prefix):
            out.append(lemma.lower()[len(prefix):])  # 'nevyhovět', 'nepodpořit': a negated form left unlemmatised
            forms += [f[len(prefix):] for f in forms if f.startswith(prefix)]
        for form in forms:
            for suffix, repl in self.grammar.get("lemma_rewrites", []):
                if form.endswith(suffix) and len(form) > len(suffix) + 1:  # a two-letter stem: "za|jat", "vy|zve"
                    out.append(form[: len(form) - len(suffix)] + repl)
        return out

    def entries(self, lemma: str, text: str, noun: bool) -> list[Entry]:
        """Entries a token may trigger (exact lemma first, then repaired and diacritic-free forms)."""
        # Memoised: events ask again for every head and complement. The lists are shared: read, never change.
        key = (lemma, text, noun)
        found = self._found.get(key)
        if found is None:
            found = self._entries(lemma, text, noun)
            if len(self._found) < 200_000:
                self._found[key] = found
        return found

    def _entries(self, lemma: str, text: str, noun: bool) -> list[Entry]:
        """The entries of the first lemma candidate the index knows."""
        index = self.nouns if noun else self.verbs
        for cand in self.lemma_candidates(lemma, text, not noun):
            if cand in index:
                return index[cand]
            if fold(cand) in index:
                return index[fold(cand)]
        return _NO_ENTRIES

    def words(self, key: str) -> set[str]:
        """A word list of the event grammar (lower-cased)."""
        return {str(w).lower() for w in self.grammar.get(key, [])}


@cache
def load(lang: str) -> Lexicon:
    """The lexicon of a language (empty when the language pack has none)."""
    raw = load_json(lang, "verbs.json") if _has(lang, "verbs.json") else {}
    grammar = load_json(lang, "modality.json") if _has(lang, "modality.json") else {}
    return Lexicon(lang, raw, grammar)


def _has(lang: str, name: str) -> bool:
    return has_file(lang, name) or (lang == "sk" and has_file("cs", name))
