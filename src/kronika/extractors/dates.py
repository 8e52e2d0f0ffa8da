"""The `dates` component: time expressions found by language-pack patterns, resolved against `published`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, partial
from typing import Any

from ..langpack import load_json
from ..model import Doc, Sentence, TimeExpr, Token
from ..pipeline import component
from ..settings import Settings
from .regex_prefilter import with_prefilter

# Placeholder in a pack's pattern -> the lexicon tables whose words fill it.
PLACEHOLDERS = {"month": ("months",), "month_any": ("months", "month_abbreviations"), "weekday": ("weekdays",),
                "relative": ("relative",), "shift": ("shifts",), "unit": ("units",),
                "shift_unit": ("shift_units",), "number": ("numbers",)}
AUX_RELS = ("aux", "cop", "auxpass")
Direction = tuple[str, str]  # ("past" | "future", reason)


@dataclass(frozen=True)
class Pattern:
    """One compiled pattern of a language pack."""

    name: str
    regex: re.Pattern[str]
    sign: int


@dataclass(frozen=True)
class DatePack:
    """A language's date lexicon (word -> meaning, lower-cased) with its patterns compiled."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int]]
    shifts: dict[str, int]
    units: dict[str, str]
    numbers: dict[str, int]
    future_aux: frozenset[str]
    perfective_present_future: bool
    present_direction: str  # where a plain present points: "future" (en: "votes on Monday") or "nearest"
    default_direction: str
    require_capital: frozenset[str]
    names_lowercase: bool  # month/weekday names are written in lower case (cs, sk): capitalised = a proper name
    tenseless_marks: frozenset[str]  # subordinators after which the verb form has no tense of its own ("aby")
    past_markers: frozenset[str]  # words before a timex that fix it in the past ("since")
    homographs: frozenset[str]  # name forms that are also common nouns taking a genitive ("středu": centre)
    patterns: tuple[Pattern, ...]


def _invert(table: dict[str, list[str]], cast: Callable[[str], Any] = int) -> dict[str, Any]:
    """{"1": ["leden", "ledna"]} -> {"leden": 1, "ledna": 1}."""
    return {_key(w): cast(k) for k, words in table.items() for w in words}


def _alternation(words: list[str]) -> str:
    """A regex alternation of words (longest first), spaces matching any whitespace."""
    alts = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)]
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def _words(raw: dict[str, Any], tables: tuple[str, ...]) -> list[str]:
    """Every word listed in the given tables of a raw pack."""
    out: list[str] = []
    for name in tables:
        for value in raw.get(name, {}).values():
            out.extend(value if isinstance(value, list) else value.keys())
    return out


def _compile(raw: dict[str, Any]) -> tuple[Pattern, ...]:
    """Fill placeholders with word alternations and compile each pattern, bounded at word edges."""
    out = []
    for p in raw["patterns"]:
        rx = p["regex"]
        for ph, tables in PLACEHOLDERS.items():
            rx = rx.replace("{" + ph + "}", _alternation(_words(raw, tables)))
        regex = with_prefilter(r"(?<!\w)" + rx + r"(?!\w)", re.IGNORECASE)  # same matches, faster scan
        out.append(Pattern(p["name"], regex, int(p.get("sign", 0))))
    return tuple(out)


def time_noun(lang: str | None, n: Any) -> bool:
    """A noun of time (dates.json units, weekdays, months: 'týden', 'week', 'pondělí'), by its form or lemma."""
    if not lang:
        return False
    pack = load_pack(lang)
    return any(_key(w) in pack.units or _key(w) in pack.weekdays or _key(w) in pack.months
               for w in (n.tok.text, n.lemma))


@cache
def load_pack(lang: str) -> DatePack:
    """Load and compile data/<lang>/dates.json (sk falls back to cs)."""
    raw = load_json(lang, "dates.json")
    relative = {_key(w): (unit, int(off)) for unit, table in raw.get("relative", {}).items()
                for w, off in table.items()}
    units = {_key(w): unit for table in ("units", "shift_units") for unit, words in raw.get(table, {}).items()
             for w in words}
    return DatePack(
        months={**_invert(raw.get("month_abbreviations", {})), **_invert(raw["months"])},
        weekdays=_invert(raw["weekdays"]), relative=relative, shifts=_invert(raw.get("shifts", {})),
        units=units, numbers=_invert(raw.get("numbers", {})),
        future_aux=frozenset(w.lower() for w in raw.get("future_aux", [])),
        perfective_present_future=bool(raw.get("perfective_present_is_future", False)),
        present_direction=raw.get("present_direction", "future"),
        default_direction=raw.get("default_direction", "past"),
        require_capital=frozenset(w.lower() for w in raw.get("require_capital", [])),
        names_lowercase=bool(raw.get("names_lowercase", False)),
        tenseless_marks=frozenset(w.lower() for w in raw.get("tenseless_marks", [])),
        past_markers=frozenset(w.lower() for w in raw.get("past_markers", [])),
        homographs=frozenset(_key(w) for w in raw.get("homographs", [])),
        patterns=_compile(raw))


# --- calendar arithmetic -------------------------------------------------------------------------

def add_months(d: date, n: int) -> tuple[int, int]:
    """(year, month) n months after d's month."""
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def shift(pub: date, unit: str, n: int) -> tuple[str, str]:
    """The value and granularity of `pub` moved by n units (a week is its Monday)."""
    if unit == "day":
        return (pub + timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        d = pub + timedelta(weeks=n)
        return (d - timedelta(days=d.weekday())).isoformat(), "week"
    if unit == "month":
        y, m = add_months(pub, n)
        return f"{y:04d}-{m:02d}", "month"
    return f"{pub.year + n:04d}", "year"


def nearest_weekday(pub: date, weekday: int, direction: str, strict: bool = False) -> date:
    """The weekday (ISO 1-7) on or before pub (past), on or after it (future) or the closer; strict skips pub."""
    if direction == "nearest":
        past, future = (nearest_weekday(pub, weekday, d, strict) for d in ("past", "future"))
        return past if pub - past < future - pub else future
    if direction == "past":
        back = (pub.isoweekday() - weekday) % 7 or (7 if strict else 0)
        return pub - timedelta(days=back)
    ahead = (weekday - pub.isoweekday()) % 7 or (7 if strict else 0)
    return pub + timedelta(days=ahead)


def nearest_year(pub: date, month: int, day: int | None, direction: str, strict: bool = False) -> int:
    """The year of the nearest (month, day) in the past or the future of pub, or the closer of the two."""
    if direction == "nearest":
        py, fy = (nearest_year(pub, month, day, d, strict) for d in ("past", "future"))
        now_m = pub.year * 12 + pub.month + (pub.day - 1) / 31
        then_m = month + ((day or 1) - 1) / 31
        return py if now_m - (py * 12 + then_m) < (fy * 12 + then_m) - now_m else fy
    here, there = (pub.month, pub.day if day else 0), (month, day or 0)
    if direction == "past":
        return pub.year - 1 if there > here or (strict and there[0] == here[0]) else pub.year
    return pub.year + 1 if there < here or (strict and there[0] == here[0]) else pub.year


def _iso(y: int, m: int, d: int | None) -> tuple[str | None, str]:
    """ISO value of a day or month; None for an impossible date."""
    if d is None:
        return (f"{y:04d}-{m:02d}", "month") if 1 <= m <= 12 else (None, "month")
    try:
        return date(y, m, d).isoformat(), "day"
    except ValueError:
        return None, "day"


# --- tense of the governing predicate ------------------------------------------------------------

def _tense(doc: Doc, t: Token, pack: DatePack) -> Direction | None:
    """Past or future from one predicate and its auxiliaries; None when it carries no tense."""
    kids = doc.children(t.i)
    if _tenseless(doc, t, pack):
        return None
    bearers = [t] + [c for c in kids if c.deprel.split(":")[0] in AUX_RELS]
    for b in bearers:
        if b.lemma.lower() in pack.future_aux or b.text.lower() in pack.future_aux:
            return "future", f"aux '{b.text}'"
    for feat, value, direction in (("Tense", "Fut", "future"), ("Mood", "Cnd", "future"), ("Tense", "Past", "past")):
        b2 = next((b for b in bearers if b.feat(feat) == value), None)
        if b2 is not None:
            return direction, f"{feat}={value} on '{b2.text}'"
    if any(b.feat("Tense") == "Pres" and b.feat("VerbForm") not in ("Part", "Ger") for b in bearers):
        if pack.perfective_present_future and t.feat("Aspect") == "Perf":
            return "future", f"perfective present '{t.text}'"
        return pack.present_direction, f"present '{t.text}'"
    return None


def _tenseless(doc: Doc, t: Token, pack: DatePack) -> bool:
    """Whether the predicate's clause is introduced by a subordinator that takes its tense away ("aby")."""
    return any(c.deprel.split(":")[0] == "mark" and c.lemma.lower() in pack.tenseless_marks
               for c in doc.children(t.i))


def direction_for(doc: Doc, start: int, head: int, pack: DatePack) -> Direction:
    """Which way a bare weekday or month points: a past marker before it, else the governing predicate's tense."""
    before = doc.tokens[start - 1] if start > doc.sentences[doc.tokens[start].sent].start else None
    if before is not None and before.text.lower() in pack.past_markers:
        return "past", f"after '{before.text}'"
    t, seen, purpose = doc.tokens[head], {head}, False
    while t.head != t.i and t.head not in seen:
        t = doc.tokens[t.head]
        seen.add(t.i)
        purpose = purpose or _tenseless(doc, t, pack)
        if t.upos in ("VERB", "AUX") or any(c.deprel.split(":")[0] in AUX_RELS for c in doc.children(t.i)):
            found = _tense(doc, t, pack)
            if found and purpose and found[0] != "past":
                return "future", f"purpose clause under {found[1]}"
            if found:
                return found
    return pack.default_direction, "no tensed predicate: pack default"


# --- resolution ---------------------------------------------------------------------------------

@dataclass
class Resolution:
    """The value found for one match, with how it was reached."""

    value: str | None
    granularity: str
    how: str


def _key(s: str) -> str:
    """A matched word as the lexicon keys it: lower case, single spaces."""
    return " ".join(s.lower().split())


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _num(s: str | None, pack: DatePack) -> int | None:
    if s is None:
        return None
    return int(s) if s.isdigit() else pack.numbers.get(_key(s))


def _with_month(m: re.Match[str], pack: DatePack, pub: date | None, direction: Callable[[], Direction]
                ) -> Resolution:
    """A month name or number, with optional day and a year that is given, implied or inferred."""
    mon_s, day = _group(m, "month"), _num(_group(m, "day"), pack)
    month = pack.months[_key(mon_s).rstrip(".")] if mon_s else int(_group(m, "mon") or 0)
    year, how = _num(_group(m, "year"), pack), "absolute"
    if year is None:
        if pub is None:
            return Resolution(None, "day" if day else "month", "no published date")
        year, how = _infer_year(m, pack, pub, month, day, direction)
    value, gran = _iso(year, month, day)
    return Resolution(value, gran, how if value else "impossible date")


def _infer_year(m: re.Match[str], pack: DatePack, pub: date, month: int, day: int | None,
                direction: Callable[[], Direction]) -> tuple[int, str]:
    """The year of a month named without one: from 'loni'/'next year', 'last March', or the tense."""
    rel, sh = _group(m, "rel"), _group(m, "shift")
    if rel and pack.relative[_key(rel)][0] == "year":
        return pub.year + pack.relative[_key(rel)][1], f"year from '{rel}'"
    if sh and _group(m, "unit"):
        return pub.year + pack.shifts[_key(sh)], f"year from '{sh}'"
    if sh:
        n = pack.shifts[_key(sh)]
        if n == 0:
            return pub.year, f"this year from '{sh}'"
        way = "future" if n > 0 else "past"
        return nearest_year(pub, month, day, way, strict=True), f"{way} from '{sh}'"
    way, reason = direction()
    return nearest_year(pub, month, day, way), f"{_nearest(way)} ({reason})"


def _nearest(way: str) -> str:
    """How a direction reads in a rule: 'nearest past', 'nearest future', 'nearest'."""
    return "nearest" if way == "nearest" else f"nearest {way}"


def _weekday(m: re.Match[str], pack: DatePack, pub: date | None, direction: Callable[[], Direction]
             ) -> Resolution:
    """A weekday, optionally shifted (next/last Tuesday), else the one the tense implies."""
    if pub is None:
        return Resolution(None, "day", "no published date")
    wd = pack.weekdays[_key(_group(m, "weekday") or "")]
    sh = _group(m, "shift")
    n = pack.shifts[_key(sh)] if sh else 0
    if n:
        way = "future" if n > 0 else "past"
        return Resolution(nearest_weekday(pub, wd, way, strict=True).isoformat(), "day", f"{way} from '{sh}'")
    way, reason = direction()
    return Resolution(nearest_weekday(pub, wd, way).isoformat(), "day", f"{_nearest(way)} ({reason})")


def resolve(m: re.Match[str], sign: int, pack: DatePack, pub: date | None,
            direction: Callable[[], Direction]) -> Resolution:
    """Turn one pattern match into a value, by the groups it filled."""
    if _group(m, "month") or _group(m, "mon"):
        return _with_month(m, pack, pub, direction)
    year = _num(_group(m, "year"), pack)
    if year is not None:
        return Resolution(f"{year:04d}", "year", "absolute")
    if _group(m, "weekday"):
        return _weekday(m, pack, pub, direction)
    rel, unit_s, sh = _group(m, "rel"), _group(m, "unit"), _group(m, "shift")
    if rel:
        unit, n = pack.relative[_key(rel)]
    elif unit_s and sh:
        unit, n = pack.units[_key(unit_s)], pack.shifts[_key(sh)]
    elif unit_s and sign:
        unit, n = pack.units[_key(unit_s)], sign * (_num(_group(m, "count"), pack) or 1)
    else:
        return Resolution(None, "unknown", "pattern filled no usable group")
    if pub is None:
        return Resolution(None, unit, "relative: no published date")
    return Resolution(*shift(pub, unit, n), f"{n:+d} {unit} from published")


# --- finding ------------------------------------------------------------------------------------

def _acceptable(m: re.Match[str], pack: DatePack) -> bool:
    """Reject lower-case homographs of names (the modal 'may') listed by the pack."""
    for g in ("month", "weekday"):
        s = _group(m, g)
        if s and _key(s).rstrip(".") in pack.require_capital and not s[0].isupper():
            return False
    return True


def find_matches(text: str, pack: DatePack) -> list[tuple[re.Match[str], Pattern]]:
    """Non-overlapping matches in a text, longest first, earlier patterns winning ties."""
    cands = [(m, p, k) for k, p in enumerate(pack.patterns) for m in p.regex.finditer(text) if _acceptable(m, pack)]
    cands.sort(key=lambda c: (c[0].start() - c[0].end(), c[2], c[0].start()))
    taken: list[tuple[int, int]] = []
    chosen = []
    for m, p, _ in cands:
        if all(m.end() <= a or m.start() >= b for a, b in taken):
            taken.append((m.start(), m.end()))
            chosen.append((m, p))
    return sorted(chosen, key=lambda c: c[0].start())


def _head(doc: Doc, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside it (the phrase's syntactic head)."""
    for t in doc.tokens[start:end]:
        if not start <= t.head < end or t.head == t.i:
            return t.i
    return start


NAME_RELS = ("compound", "flat")


def _not_a_date(doc: Doc, m: re.Match[str], start: int, end: int, pack: DatePack) -> str:
    """Why a lone month or weekday word is not a date here ("" when it is one).

    A homograph the pack lists is a common noun when it governs or precedes a genitive ("ve středu města"), part
    of a personal name when joined to a proper noun by compound/flat ("Theresa May") or, where the language
    writes these names in lower case, capitalised after the sentence's first word ("Luďka Soboty").
    """
    if end - start != 1 or not (_group(m, "weekday") or _group(m, "month")) or _group(m, "day"):
        return ""
    t = doc.tokens[start]
    kids = doc.children(start)
    first = next((x.i for x in doc.sent_tokens(doc.sentences[t.sent]) if x.text[:1].isalnum()), t.i)
    if t.upos in ("VERB", "AUX"):
        return "tagged as a verb"
    if pack.names_lowercase and t.text[:1].isupper() and t.i != first:
        return "capitalised mid-sentence: a proper name"
    if _key(t.text) in pack.homographs and (any(c.deprel.split(":")[0] == "nmod" for c in kids)
                                            or _genitive_follows(doc, t)):
        return "common noun with a nominal modifier"
    head = doc.tokens[t.head]
    named = [c for c in kids if c.deprel.split(":")[0] in NAME_RELS and c.upos == "PROPN"]
    if named or (t.deprel.split(":")[0] in NAME_RELS and head.upos == "PROPN" and head.i != t.i):
        return "part of a proper name"
    return ""


def _genitive_follows(doc: Doc, t: Token) -> bool:
    """Whether an inanimate genitive noun phrase follows right after the token ("středu | města")."""
    s = doc.sentences[t.sent]
    nxt = doc.tokens[t.i + 1] if t.i + 1 < s.end else None
    return (nxt is not None and nxt.upos in ("NOUN", "PROPN", "ADJ") and nxt.feat("Case") == "Gen"
            and nxt.feat("Animacy") != "Anim")


class Dates:
    """Finds time expressions per sentence and resolves them against the article's publication date."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        """Fill doc.timexes."""
        lang = doc.lang or self.settings.default_lang
        try:
            pack = load_pack(lang)
        except FileNotFoundError:
            doc.meta["dates"] = f"skipped: no dates.json language pack for '{lang}'"
            return doc
        pub, why = _parse_published(doc.article.published)
        if why:
            doc.meta["dates_published"] = why
        doc.timexes = [tx for s in doc.sentences for tx in self._sentence(doc, s, pack, pub)]
        return doc

    def _sentence(self, doc: Doc, s: Sentence, pack: DatePack, pub: date | None) -> list[TimeExpr]:
        """Time expressions of one sentence."""
        out = []
        for m, p in find_matches(doc.text[s.char_start:s.char_end], pack):
            b = s.char_start + (m.end("prep") if _group(m, "prep") is not None else m.start())
            e = s.char_start + m.end()
            toks = [t.i for t in doc.tokens[s.start:s.end] if t.end > b and t.start < e]
            why_not = _not_a_date(doc, m, toks[0], toks[-1] + 1, pack) if toks else "covers no token of the parse"
            if why_not:
                doc.meta.setdefault("dates_dropped", []).append({"text": m.group(0), "span": [b, e],
                                                                "reason": why_not})
                continue
            head = _head(doc, toks[0], toks[-1] + 1)
            r = resolve(m, p.sign, pack, pub, partial(direction_for, doc, toks[0], head, pack))
            out.append(TimeExpr(text=doc.text[b:e], span=(b, e), value=r.value, granularity=r.granularity,
                                sentence=s.i, start=toks[0], end=toks[-1] + 1, rule=f"{p.name}: {r.how}"))
        return out


def _parse_published(published: str | None) -> tuple[date | None, str]:
    """The publication day, or None and why not (a malformed date is said, not silently taken as absent)."""
    if not published:
        return None, ""
    try:
        return date.fromisoformat(published[:10]), ""
    except ValueError:
        return None, f"published {published!r} is not a YYYY-MM-DD date: relative expressions left unresolved"


@component("dates", requires=("tokens", "sentences"), provides=("timexes",))
def make_dates(settings: Settings) -> Dates:
    """Factory for the dates component."""
    return Dates(settings)
