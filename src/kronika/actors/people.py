"""People with date-limited roles: the Phoenix import plus curated office holders, indexed by name keys."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cache

from .normalize import read_tsv, spelling_lang, translit

WORD_RE = re.compile(r"[^\s\-]+")
YEAR_RE = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class Role:
    """An actor code held from `start` to `end` (ISO dates; empty = open)."""

    code: str
    start: str
    end: str

    def covers(self, date: str) -> bool:
        """Whether the role was held on the date."""
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass(eq=False)
class Person:
    """A person known to the dictionaries, with all spellings and roles."""

    id: int
    name: str
    aliases: list[str]
    roles: list[Role]
    source: str
    keys: set[tuple[str, ...]] = field(default_factory=set)

    def code_on(self, date: str | None) -> tuple[str | None, str]:
        """The code of the role held on the date (else the undated or most recent role), and why."""
        dated = [r for r in self.roles if r.start or r.end]
        undated = [r for r in self.roles if not r.start and not r.end]
        if date:
            held = [r for r in dated if r.covers(date[:10])]
            if held:
                return max(held, key=lambda r: r.start).code, "role held on the date"
            if undated:
                return undated[0].code, "no dated role covers the date: default role"
            past = [r for r in dated if not r.start or r.start <= date[:10]]
            if past:
                return max(past, key=lambda r: r.end or "9999").code, "most recent earlier role"
            if dated:  # before every role: the first one (Baerbock in 2019: DEUGOV, not her later UN office)
                return min(dated, key=lambda r: r.start).code, "earliest role, after the date"
        if dated:
            return max(dated, key=lambda r: (r.end or "9999", r.start)).code, "most recent role"
        if undated:
            return undated[0].code, "undated role"
        return None, "no role"


def name_words(text: str) -> list[str]:
    """A name split into words on spaces and hyphens (Kim Čong-un -> Kim, Čong, un)."""
    return WORD_RE.findall(text)


def name_key(words: list[str]) -> tuple[str, ...]:
    """Key of a dictionary name, under the spelling rules of the language it is written in."""
    tl = translit(spelling_lang(" ".join(words)))
    return tuple(tl.key(w) for w in words)


def _roles(text: str) -> list[Role]:
    out = []
    for part in filter(None, text.split(";")):
        code, start, end = ([*part.split(":"), "", ""])[:3]
        out.append(Role(code, start, end))
    return out


@dataclass
class People:
    """Index of persons by the key of their surname (last word) and of their full name."""

    persons: list[Person]
    by_last: dict[str, list[tuple[Person, tuple[str, ...]]]]
    firsts: frozenset[str] = frozenset()  # keys of the first words of known full names (boris, nicola, viola)

    def lookup(self, last_keys: set[str]) -> list[tuple[Person, tuple[str, ...]]]:
        """(person, full name key) pairs whose last name word has one of the keys."""
        out: list[tuple[Person, tuple[str, ...]]] = []
        for k in last_keys:
            out.extend(self.by_last.get(k, ()))
        return out


def _merge(rows: list[list[str]], curated: list[list[str]]) -> list[Person]:
    persons: list[Person] = []
    by_full: dict[tuple[str, ...], Person] = {}
    for row in rows + curated:
        name, aliases, roles, source = ([*row, "", "", "", ""])[:4]
        spellings = [name] + [a for a in aliases.split("|") if a]
        keys = {name_key(name_words(s)) for s in spellings}
        known = next((by_full[k] for k in keys if k in by_full), None)
        if known is not None and source == "curated":
            known.roles, known.source, known.name = _roles(roles), f"{known.source}+curated", name
            known.aliases.extend(spellings)
            known.keys |= keys
            for k in keys:
                by_full[k] = known
            continue
        p = Person(len(persons), name, spellings[1:], _roles(roles), source, keys)
        persons.append(p)
        for k in keys:
            by_full.setdefault(k, p)
    return persons


@cache
def people() -> People:
    """All known persons (Phoenix import + curated list), indexed once per process."""
    persons = _merge(read_tsv(None, "people.tsv"), read_tsv(None, "people_curated.tsv"))
    by_last: dict[str, list[tuple[Person, tuple[str, ...]]]] = defaultdict(list)
    for p in persons:
        for key in p.keys:
            if key and (p, key) not in by_last[key[-1]]:
                by_last[key[-1]].append((p, key))
    firsts = frozenset(k[0] for p in persons for k in p.keys if len(k) > 1)
    return People(persons, dict(by_last), firsts)



def article_code(person: Person, published: str | None, text: str) -> tuple[str | None, str]:
    """The person's code in an article (and why): the role held on its date; in an undated article the most recent
    role, unless the role held in the latest year the text names belongs to another state or body (an undated 2021
    story codes Baerbock DEUGOV, not by her later UN office; Trump stays USAGOV in a story naming only 1989)."""
    if published:
        return person.code_on(published)
    latest = person.code_on(None)
    years = [y for y in map(int, YEAR_RE.findall(text)) if y <= Date.today().year]
    if not years or latest[0] is None:
        return latest
    then = person.code_on(f"{max(years)}-12-31")
    if then[0] and _party(then[0]) != _party(latest[0]):
        return then[0], f"{then[1]} in {max(years)}, the latest year the undated article names"
    return latest


def _party(code: str) -> str:
    """The part of a code the scorer compares: the state, or an IGO's six letters (IGOUNO, IGOEUR)."""
    return code[:6] if code.startswith("IGO") else code[:3]
