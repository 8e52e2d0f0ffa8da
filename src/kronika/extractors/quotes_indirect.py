"""Indirect speech from the dependency tree: a reporting verb and the clause it reports."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Doc, Token
from .quotes_lex import CueLexicon, Tree, words

PUNCT_EDGE = set(",;:-–—.\"'„“”»«‚‘’()")


@dataclass
class Candidate:
    """Reported content found for one cue: token range [start, end) of the content."""

    cue: int  # token index of the cue verb (or of the attribution phrase's first word)
    kind: str  # speech | belief | attribution
    start: int
    end: int
    rule: str
    marked: bool = False  # introduced by a subordinator ("že", "that")
    postposed: bool = False  # the cue follows its content ('"...", said X')
    source: int | None = None  # head token of the source named in an attribution phrase


def _clean(doc: Doc, lo: int, hi: int, lex: CueLexicon) -> tuple[int, int, bool]:
    """Trim edge punctuation and a leading 'že'/'that'; return [lo, hi) and whether a mark was cut."""
    marked = False
    toks = doc.tokens
    while lo < hi and (toks[lo].text in PUNCT_EDGE or toks[lo].text.lower() in lex.strip_marks):
        marked = marked or toks[lo].text.lower() in lex.strip_marks
        lo += 1
    while hi > lo and toks[hi - 1].text in PUNCT_EDGE - set("\"“”»«’'"):
        hi -= 1
    return lo, hi, marked


def _complement(doc: Doc, tree: Tree, cue: Token, lex: CueLexicon) -> Token | None:
    """The clause a cue verb reports: a ccomp/parataxis child, or any child introduced by 'že'/'that'."""
    best: Token | None = None
    for c in tree.children(cue.i):
        if c.upos == "PUNCT":
            continue
        has_mark = any(m.deprel == "mark" and m.text.lower() in lex.marks for m in tree.children(c.i))
        if has_mark and c.deprel.split(":")[0] not in ("acl", "nmod"):
            return c
        if c.deprel.lower() in lex.complement_deps and best is None:
            best = c
    return best


def from_cue(doc: Doc, tree: Tree, cue: Token, kind: str, lex: CueLexicon) -> Candidate | None:
    """The reported content of one cue verb, if the tree gives it one."""
    comp = _complement(doc, tree, cue, lex)
    if comp is not None:
        span = [k for k in tree.subtree(comp.i) if (k > cue.i) == (comp.i > cue.i)]
        lo, hi, marked = _clean(doc, span[0], span[-1] + 1, lex)
        has_mark = marked or any(m.deprel == "mark" and m.text.lower() in lex.marks for m in tree.children(comp.i))
        if hi > lo and words(doc, range(lo, hi)) >= 2:
            return Candidate(cue.i, kind, lo, hi, f"indirect-{comp.deprel}", has_mark, comp.i < cue.i)
    return _postposed(doc, tree, cue, kind, lex)


def _postposed(doc: Doc, tree: Tree, cue: Token, kind: str, lex: CueLexicon) -> Candidate | None:
    """'Content, řekl X' / 'Content, X said' where the parser hangs the cue under the content."""
    head = cue.head
    if cue.deprel.lower() not in lex.postposed_deps or head == cue.i or head > cue.i:
        return None
    sent = doc.sentences[cue.sent]
    between = doc.tokens[head:cue.i]
    if not any(t.text in ",:—–-\"“”«»'’" for t in between):
        return None  # no comma or quote mark before the cue: not a speech tag
    skip = frozenset({cue.i})
    span = [k for k in tree.subtree(head, skip) if sent.start <= k < cue.i]
    if not span:
        return None
    lo, hi, marked = _clean(doc, span[0], span[-1] + 1, lex)
    if hi <= lo or words(doc, range(lo, hi)) < 3:
        return None
    return Candidate(cue.i, kind, lo, hi, "indirect-postposed", marked, True)


def attributions(doc: Doc, tree: Tree, lex: CueLexicon) -> list[Candidate]:
    """'podle X' / 'according to X' phrases: the source X and the rest of the clause as content."""
    out = []
    toks = doc.tokens
    for s in doc.sentences:
        for i in range(s.start, s.end):
            for ph in lex.phrases:
                j = i + len(ph)
                if j > s.end or tuple(t.text.lower() for t in toks[i:j]) != ph:
                    continue
                src = _phrase_source(doc, tree, i, j)
                if src is None:
                    continue
                cand = _attribution_content(doc, tree, i, j, src, lex)
                if cand is not None:
                    out.append(cand)
                break
    return out


def _phrase_source(doc: Doc, tree: Tree, i: int, j: int) -> int | None:
    """The nominal that an attribution phrase governs (Czech 'podle' is its case dependent)."""
    last = doc.tokens[j - 1]
    for t in (doc.tokens[last.head], *tree.children(last.i), *tree.children(doc.tokens[i].i)):
        if t.i >= j and t.upos in ("NOUN", "PROPN", "PRON", "X"):
            return t.i
    nxt = [t for t in doc.tokens[j:j + 4] if t.upos in ("NOUN", "PROPN", "PRON")]
    return nxt[0].i if nxt else None


def _attribution_content(doc: Doc, tree: Tree, i: int, j: int, src: int, lex: CueLexicon) -> Candidate | None:
    """The clause around an attribution phrase, without the phrase and its source."""
    s = doc.sentences[doc.tokens[i].sent]
    phrase = set(range(i, j)) | set(tree.subtree(src))
    rest = [k for k in range(s.start, s.end) if k not in phrase]
    if not rest:
        return None
    lo, hi, _ = _clean(doc, rest[0], rest[-1] + 1, lex)
    if hi <= lo or words(doc, range(lo, hi)) < 3:
        return None
    return Candidate(i, "attribution", lo, hi, "attribution-phrase", source=src)
