"""Word normalisation for matching: inflection bases (data-driven endings) and transliteration keys."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .. import langpack


def strip_diacritics(text: str) -> str:
    """Remove combining marks (č -> c, ě -> e)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def read_tsv(lang: str | None, name: str) -> list[list[str]]:
    """Rows of a TSV data file (comments and blank lines skipped), from data/<lang>/ or data/ when lang is None."""
    if lang is None:
        path = langpack.resources.files("kronika") / "data" / name
    else:
        code = lang if langpack.has_file(lang, name) else langpack.FALLBACK.get(lang, lang)
        path = langpack.data_dir(code) / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@dataclass(frozen=True)
class Morph:
    """Candidate base forms of an inflected word, from the language's ending rules."""

    endings: tuple[tuple[str, str], ...]
    min_base: int
    feminine: tuple[str, ...] = ()  # endings of feminine surnames (Czech -ová), longest first
    nouns: tuple[tuple[str, str], ...] = ()  # extra endings tried on sector nouns only (starostovi -> starosta)
    names: tuple[tuple[str, str], ...] = ()  # extra endings tried on person name words only (Lukašenkovi)
    given_feminine: tuple[str, ...] = ()  # endings of women's first names (Kaja, Angela): a -ová surname alone
    # Bases per lowercased word, memoised per instance: news repeats words, and the ending scan is the hot
    # spot (a module-level lru_cache keyed on the Morph re-hashed all its endings on every call).
    memo: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def bases(self, word: str) -> set[str]:
        """The lowercased word and every base its endings allow (Putinovy -> putin, Koreji -> korea)."""
        w = word.lower()
        got = self.memo.get(w)
        if got is None:
            got = _bases(self, w)
            if len(self.memo) < 200_000:
                self.memo[w] = got
        return set(got)


def _bases(m: Morph, w: str) -> frozenset[str]:
    """Bases of one lowercased word by the ending rules."""
    out = {w}
    for end, rep in m.endings:
        if w.endswith(end) and len(w) - len(end) >= m.min_base:
            out.add(w[: len(w) - len(end)] + rep)
    return frozenset(out)


@cache
def morph(lang: str) -> Morph:
    """The language's inflection rules (data/<lang>/morph.json)."""
    data = langpack.load_json(lang, "morph.json")
    fem = tuple(sorted(data.get("feminine_surname_endings", []), key=len, reverse=True))
    nouns = tuple((e, r) for e, r in data.get("noun_endings", []))
    names = tuple((e, r) for e, r in data.get("name_endings", []))
    women = tuple(data.get("feminine_given_endings", []))
    return Morph(tuple((e, r) for e, r in data["endings"]), int(data.get("min_base", 2)), fem, nouns, names, women)


@dataclass(frozen=True)
class Translit:
    """Maps a spelling of a name to a comparison key shared across romanisations."""

    own: tuple[tuple[str, str], ...]
    shared: tuple[tuple[str, str], ...]
    collapse: bool
    drop_final: tuple[str, ...]

    def key(self, word: str) -> str:
        """Comparison key: Sergej, Sergey and Sergei all give the same key."""
        w = word.lower()
        for a, b in self.own:
            w = w.replace(a, b)
        w = strip_diacritics(w)
        for a, b in self.shared:
            w = w.replace(a, b)
        if self.collapse:
            w = "".join(c for i, c in enumerate(w) if i == 0 or c != w[i - 1])
        for d in self.drop_final:
            if len(w) > 3 and w.endswith(d):
                w = w[: -len(d)]
        return w


@cache
def translit(lang: str) -> Translit:
    """Key rules for names written in one language's spelling (data/<lang>/translit.json + data/translit.json)."""
    own = langpack.load_json(lang, "translit.json")["rules"]
    shared = langpack.load_shared("translit.json")
    return Translit(tuple((a, b) for a, b in own), tuple((a, b) for a, b in shared["rules"]),
                    bool(shared.get("collapse_doubles")), tuple(shared.get("drop_final", [])))


def spelling_lang(text: str) -> str:
    """Which spelling rules a dictionary name follows: Czech letters mean Czech, otherwise English."""
    return "cs" if any(c in "čšžřěůťďňČŠŽŘĚŮŤĎŇ" for c in text) else "en"
