"""Quotation marks in raw text: pair openers and closers of every common style into quoted spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Opening mark -> the marks that may close it. ASCII and curly marks are also typed "wrongly"
# in real text ("„...”", "„...\"", "“...“"), so each opener accepts the usual substitutes.
CLOSERS: dict[str, str] = {
    "„": "“”\"",
    "“": "”“\"",
    "\"": "\"“”",
    "»": "«",
    "«": "»",
    "‚": "‘’'",
    "‘": "’'",
    "'": "'’",
}
SINGLE = {"‚", "‘", "'", "’"}
ALWAYS_OPEN = {"„", "‚"}
ANY_MARK = set("„“”\"»«‚‘’'")
MAX_SINGLE_CHARS = 400  # a single-quoted span must close within this many characters
MAX_UNCLOSED_CHARS = 600  # an unclosed quote longer than this to its paragraph end stops at its first sentence
SENTENCE_END = re.compile(r"[.!?…](?=\s+\S)")


@dataclass
class Marked:
    """A span of text between quotation marks (content only, marks excluded)."""

    start: int
    end: int
    open_char: str
    closed: bool  # False: no closing mark before the paragraph ended (capped there)
    parts: list[tuple[int, int]]  # one part per paragraph of a multi-paragraph quote


def _is_word(c: str) -> bool:
    return c.isalnum()


def _can_open(text: str, i: int) -> bool:
    """Whether the mark at i is placed like an opening mark (before a word, after a space)."""
    c = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if c in ALWAYS_OPEN:
        return not nxt.isspace()
    if c in "”’":
        return False
    if c in SINGLE and _is_word(prev):
        return False  # an apostrophe inside or after a word: don't, Jones'
    return not nxt.isspace() and (prev.isspace() or prev in "([{—–-/:„“\"'‘" or i == 0)


def _can_close(text: str, i: int, opener: str) -> bool:
    """Whether the mark at i is placed like a closer for an open quote begun by `opener`."""
    c = text[i]
    if c not in CLOSERS[opener]:
        return False
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if c in SINGLE and _is_word(prev) and _is_word(nxt):
        return False  # apostrophe inside a word
    return not (prev.isspace() and not nxt.isspace())  # placed like an opener, not a closer


def _paragraph_end(text: str, i: int) -> int:
    """Index of the newline that ends the paragraph containing i (or the text end)."""
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _next_paragraph_opener(text: str, j: int, opener: str) -> int | None:
    """Position of `opener` starting the next paragraph after the newline at j, if it does."""
    k = j
    while k < len(text) and text[k].isspace():
        k += 1
    if k < len(text) and text[k] == opener:
        return k
    return None


def find_marked(text: str) -> list[Marked]:
    """All quoted spans of the text, in order; quotes nested in a quote stay inside it."""
    text = text.replace("\'\'", "\"\x01")  # '' typed for a double quote (same length: the mark, then a filler)
    out: list[Marked] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c not in CLOSERS or not _can_open(text, i):
            i += 1
            continue
        found = _scan_quote(text, i)
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.end + (1 if found.closed else 0)
    for m in out:
        m.parts = [(a + 1 if text[a:a + 1] == "\x01" else a, b) for a, b in m.parts]
        m.start = m.parts[0][0]
    return [m for m in out if text[m.start:m.end].strip()]


def _scan_quote(text: str, i: int) -> Marked | None:
    """Follow a quote opened at i to its closer, across paragraphs that reopen it; None if stray."""
    opener = text[i]
    start = part_start = j = i + 1
    parts: list[tuple[int, int]] = []
    nested: list[str] = []  # openers of quotes inside this one, still waiting for their closers
    while j < len(text):
        ch = text[j]
        if ch == "\n":
            parts.append((part_start, j))
            reopen = _next_paragraph_opener(text, j, opener)
            if reopen is None:
                return None if opener in SINGLE else _unclosed(text, start, opener, parts)
            part_start = j = reopen + 1
            nested = []
            continue
        if ch in ANY_MARK:
            if nested and _can_close(text, j, nested[-1]):
                nested.pop()
            elif _can_close(text, j, opener):
                parts.append((part_start, j))
                return Marked(start, j, opener, True, parts)
            elif ch in CLOSERS and ch not in SINGLE and _can_open(text, j):
                nested.append(ch)
        if opener in SINGLE and j - start > MAX_SINGLE_CHARS:
            return None
        j += 1
    parts.append((part_start, len(text)))
    return None if opener in SINGLE else _unclosed(text, start, opener, parts)


def _unclosed(text: str, start: int, opener: str, parts: list[tuple[int, int]]) -> Marked:
    """A quote never closed: it ends with its paragraph, or with its first sentence if that is too long."""
    a, b = parts[-1]
    if b - start > MAX_UNCLOSED_CHARS:
        end = SENTENCE_END.search(text, a, b)
        b = end.start() + 1 if end else min(b, a + MAX_UNCLOSED_CHARS)
        parts = [*parts[:-1], (a, b)]
    return Marked(start, b, opener, False, parts)
