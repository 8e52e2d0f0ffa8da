"""Rule-based sentence splitting, with abbreviations and openers as language-pack data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..langpack import load_json

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
# Starts only at the beginning of a punctuation run and never backtracks (possessive), so long
# runs without a following space stay linear instead of quadratic.
_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]++[\"'“”»«‘’)\]]*+(?=\s)")
_PARA = re.compile(r"\n\s*\n|\n(?=\s*\S)")
_OPENERS = "\"'„“«»‚‘(["


@dataclass(frozen=True)
class SegmentRules:
    """Per-language knowledge the splitter needs."""

    abbreviations: frozenset[str]
    no_split_before: frozenset[str]
    headline_capitals: bool = False  # a capitalised common word glued to a headline starts the lead (cs, not en)
    lead_words: frozenset[str] = frozenset()  # 'A', 'The' before a lower-case word start the lead (en)


@cache
def rules_for(lang: str) -> SegmentRules:
    """Load the splitting rules of a language pack."""
    d = load_json(lang, "segment.json")
    return SegmentRules(frozenset(a.lower() for a in d["abbreviations"]),
                        frozenset(w.lower() for w in d.get("no_split_before", [])),
                        bool(d.get("headline_capitals", False)), frozenset(d.get("headline_lead_words", [])))


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text` (paragraph breaks always split)."""
    rules = rules_for(lang)
    spans: list[tuple[int, int]] = []
    for p_start, p_end in _paragraphs(text):
        start = p_start
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            if _is_boundary(text, m.start(), m.end(), p_end, rules):
                spans.append((start, m.end()))
                start = m.end()
        spans.append((start, p_end))
    spans = [s for s in (_strip(text, a, b) for a, b in spans) if s[1] > s[0]]
    cut = headline_end(text, spans[0][1], rules) if spans else None
    return [*_strip_all(text, [(spans[0][0], cut), (cut, spans[0][1])]), *spans[1:]] if cut else spans


_WORD = re.compile(r"\S+")
_LOWER = re.compile(r"(?<![\w.])([^\W\d_A-Z]*[a-zá-ž])\b")


def headline_end(text: str, end: int, rules: SegmentRules) -> int | None:
    """Where a title glued to the lead sentence ends ('Muž z Hrobu propálil přítelkyni Muž z Hrobu nechtěně
    pomohl ...'): news texts often join them with a space only. Read in the text's first sentence: the text's first
    two words again, an opening quote with a capital after a word, (headline_capitals) a capitalised word the
    text also writes in lower case ('... se změní dopravci Od neděle ...'), or (headline_lead_words) an article or
    preposition before a lower-case word ('... at G7 meeting A further £75 million'); always after a word that ends in
    a lower case letter and after three words at least."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, 0, end)]
    if len(words) < 6:
        return None
    opening = [w for _, w in words[:2]]
    lower = set(_LOWER.findall(text)) if rules.headline_capitals else set()
    for k in range(3, len(words) - 1):
        pos, w = words[k]
        prev, core = words[k - 1][1], w.lstrip("„“\"'")
        if not prev[-1].isalpha() or not prev[-1].islower() or prev.endswith(("'s", "’s")):
            continue
        if opening[0][0].isupper() and [x for _, x in words[k:k + 2]] == opening:
            return pos
        if core[:1].isupper() and (w[0] in "„“\"" or (core[1:].islower() and core.lower() in lower)):
            return pos
        if w in rules.lead_words and words[k + 1][1][:1].islower():  # '... from Kostomlaty A man from Hrob'
            return pos
    return None


def _strip_all(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[1] > s[0]]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _PARA.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_boundary(text: str, p: int, q: int, end: int, rules: SegmentRules) -> bool:
    """Decide whether the punctuation at text[p:q] ends a sentence."""
    nxt = _next_word(text, q, end)
    if not nxt:
        return False
    first = nxt[0]
    if first.islower() or first in ",;:–-":
        return False
    if nxt.lower().rstrip(".,") in rules.no_split_before:
        return False
    if text[p] != ".":
        return first.isupper() or first.isdigit() or first in _OPENERS
    word = _word_before(text, p)
    if not word:
        return True
    if word.lower() in rules.abbreviations or word.lower().replace(".", "") in rules.abbreviations:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. Kirby"
        return False
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # U.S. / a.m.
        return first in _OPENERS or (first.isupper() and nxt not in {"S", "N"})
    if word.isdigit() and len(word) <= 2 and (first.isdigit()):  # "1. 2. 2024"
        return False
    return first.isupper() or first.isdigit() or first in _OPENERS


def _word_before(text: str, p: int) -> str:
    i = p
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:p].strip(".")


def _next_word(text: str, q: int, end: int) -> str:
    m = re.compile(r"\s*(\S+)").match(text, q, end)
    return m.group(1) if m else ""
