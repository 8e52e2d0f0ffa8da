"""Speech tags found by position next to a quoted span: a verb right after it, or a name after a dash."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Doc, Token
from .quotes_lex import CueLexicon, Tree
from .quotes_speaker import finite, inverted_subject

QUOTE_MARKS = "„“”\"»«‚‘’'"
DASH_TAG = re.compile(r"[\s\u00a0]*[―—–][\s\u00a0]*")
MAX_TAG_SUBJECT = 10  # tokens from a tag's subject (opening right after the quote) to its verb


def tag_verb(doc: Doc, tree: Tree, lex: CueLexicon, start: int, end: int, t: Token) -> bool:
    """'„…,“ přiblížila mluvčí X' / '"…?" laughed X': a verb right after a quote [start, end) that breaks off
    mid-sentence is its speech tag, whether or not the cue lexicon lists it."""
    inner = doc.text[start:end].rstrip()
    if not (t.upos == "VERB" and finite(t) and inner and inner[-1] in ",?!…" and t.start > end):
        return False
    if _right_after(doc, end, t):  # '„…,“ přiblížila mluvčí X', not '"Arrogant," titled'
        return any(c.i > t.i for c in tree.children(t.i, lex.subject_deps)) or (
            inverted_subject(doc, tree, t, lex) is not None)
    subj = [c for c in tree.children(t.i, lex.subject_deps) if c.i < t.i]  # '"…," coach X evaluated the match'
    return bool(subj) and t.i - subj[0].i <= MAX_TAG_SUBJECT and _right_after(doc, end, doc.tokens[tree.subtree(
        subj[0].i)[0]])


def _right_after(doc: Doc, end: int, t: Token) -> bool:
    """Whether token t follows a quote ending at `end` with only its closing mark and spaces between."""
    return t.start > end and doc.text[end:t.start].strip(QUOTE_MARKS + " \u00a0") == ""


def dash_source(doc: Doc, starts: list[int], end: int) -> int | None:
    """'"…" ― Sonya Herridge': a name set with a dash after a quote ending at `end` (starts: token start offsets)."""
    m = DASH_TAG.match(doc.text, end + 1)
    if m is None:
        return None
    k = bisect_left(starts, m.end())
    toks = doc.tokens
    if k >= len(toks) or toks[k].start != m.end() or toks[k].upos != "PROPN":
        return None
    while toks[k].head != k and toks[toks[k].head].upos == "PROPN" and 0 < toks[k].head - k <= 3:
        k = toks[k].head  # 'Jacklyn Ashley': the name's head word
    return k


def colon_subject(doc: Doc, tree: Tree, lex: CueLexicon, starts: list[int], start: int) -> int | None:
    """'Kuchař je přesvědčený o jejich nekompetenci: „Jste podvodníci…“' / 'He was blunt: "…"': a quote opened
    right after a colon that ends a clause without a cue verb is said by that clause's subject (a name, a
    personal pronoun or a noun that names an actor)."""
    before = doc.text[:start].rstrip().rstrip(QUOTE_MARKS).rstrip()
    if not before.endswith(":"):
        return None
    k = bisect_left(starts, len(before)) - 1  # the colon token
    if k < 0 or doc.tokens[k].text != ":":
        return None
    sent = doc.sentences[doc.tokens[k].sent]
    root, seen = k - 1, set()
    while root not in seen and sent.start <= doc.tokens[root].head < k and doc.tokens[root].head != root:
        seen.add(root)
        root = doc.tokens[root].head  # up to the top of the clause before the colon
    if root < sent.start or any(lex.cue_kind(t) for t in doc.tokens[sent.start:k]):
        return None  # a cue before the colon is the quote's tag already
    subj = [c for c in tree.children(root, lex.subject_deps) if c.i < k]
    if not subj:
        return None
    s = subj[0]
    named = any(m.start <= s.i < m.end or doc.tokens[m.start].head == s.i for m in doc.mentions)  # 'spisovatel X'
    personal = s.upos == "PRON" and "Prs" in (s.feat("PronType") or "")
    return s.i if s.upos == "PROPN" or personal or (s.upos == "NOUN" and named) else None


MAX_TAG_GAP = 4  # tokens between a quote's closing mark and its postposed cue ('…,“ řekl', '…,'' said Mr. X')


def mixed_lead(doc: Doc, lex: CueLexicon, starts: list[int], start: int, end: int, cue: int) -> int | None:
    """'However laudable the goal, using the tax "is a misguided approach," said X': a quote that starts in
    lower case mid-sentence, with its tag after it, goes on the writer's unquoted words from the sentence start:
    the statement is the whole clause (a partial quote inside it counts once). Returns the new start offset."""
    inner = doc.text[start:end].lstrip()
    k = bisect_left(starts, start)
    if not inner[:1].islower() or k >= len(doc.tokens):
        return None
    first, tag = doc.tokens[k], doc.tokens[cue]
    if tag.start < end or tag.sent != first.sent or cue - k > MAX_TAG_GAP + len(inner.split()) + 2:
        return None
    between = [t for t in doc.tokens[k:cue] if t.start >= end and t.upos != "PUNCT"]
    if len(between) > MAX_TAG_GAP:
        return None
    sent = doc.sentences[first.sent]
    lead = [t for t in doc.tokens[sent.start:k] if t.end <= start]
    marks = [t for t in lead[:-1] if t.text == ":" or (t.upos == "PUNCT" and set(t.text) <= set(QUOTE_MARKS))]
    if sum(any(ch.isalnum() for ch in t.text) for t in lead) < 2 or marks:
        return None  # another quote or a colon before it: not one clause
    if any(lex.cue_kind(t) for t in lead):
        return None  # a speech verb of its own before the quote: its tag, not content
    return lead[0].start
