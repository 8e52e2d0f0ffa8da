"""A cheap first-character test for a regex: `(?=[...])` in front of it rejects most positions at once.

Python's regex engine tries every position; a pattern that opens with a lookbehind and a long word
alternation pays for each try. The set of characters a match can begin with is read off the parsed
pattern; a lookahead for that set changes no match (it only restates a necessary condition) and makes
the scan several times cheaper. Patterns whose first character cannot be bounded get no prefilter.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser of Python's own regex engine; private, so any surprise means "no prefilter"
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    C = P = None


class _Unbounded(Exception):
    """The first character of a match cannot be bounded by a character class."""


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class every match of `pattern` starts with, e.g. '[0-9ab]', or None when unbounded."""
    if P is None:
        return None
    try:
        items, nullable = _seq(P.parse(pattern, flags))
    except (_Unbounded, re.error, AttributeError, TypeError, ValueError):
        return None
    return None if nullable or not items else "[" + "".join(sorted(items)) + "]"


def with_prefilter(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern compiled with its first-character lookahead in front (the same matches, found faster)."""
    cls = first_class(pattern, flags)
    return re.compile(pattern if cls is None else f"(?={cls})(?:{pattern})", flags)


def _seq(seq: Any) -> tuple[set[str], bool]:
    """First-character class atoms of a sequence of regex items, and whether it can match empty."""
    out: set[str] = set()
    for op, av in seq:
        items, nullable = _item(str(op), av)
        out |= items
        if not nullable:
            return out, False
    return out, True


def _item(op: str, av: Any) -> tuple[set[str], bool]:
    """First-character class atoms of one regex item, and whether it can match empty."""
    if op == "LITERAL":
        return {_esc(av)}, False
    if op == "IN":
        return _charset(av), False
    if op in _ZERO_WIDTH:
        return set(), True
    if op == "BRANCH":
        parts = [_seq(alt) for alt in av[1]]
        return set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
    if op == "SUBPATTERN":
        _group, add, remove, sub = av
        if add or remove:  # inline flag changes ((?i:...)) would change what the class means
            raise _Unbounded(op)
        return _seq(sub)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, sub = av
        items, nullable = _seq(sub)
        return items, nullable or low == 0
    if op == "ATOMIC_GROUP":
        return _seq(av)
    raise _Unbounded(op)


def _charset(av: Any) -> set[str]:
    """Class atoms of a [...] set (a negated set or category is unbounded)."""
    out: set[str] = set()
    for op, v in av:
        name = str(op)
        if name == "LITERAL":
            out.add(_esc(v))
        elif name == "RANGE":
            out.add(f"{_esc(v[0])}-{_esc(v[1])}")
        elif name == "CATEGORY" and str(v) in _CATEGORIES:
            out.add(_CATEGORIES[str(v)])
        else:
            raise _Unbounded(name)
    return out


def _esc(code: int) -> str:
    """One character, escaped for use inside a character class."""
    return re.escape(chr(code))
