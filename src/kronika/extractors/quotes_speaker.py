"""Speakers of quotes: the cue's subject or 'podle X' phrase as an actor, pronouns and dropped subjects resolved."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import ArgRef, Doc, Mention, Token
from .quotes_lex import CueLexicon, Tree

MAX_NAME_TOKENS = 12
RELATIVE = ("acl", "acl:relcl", "relcl", "advcl")


@dataclass
class Speaker:
    """A resolved speaker plus how it was found (for the quote's rule)."""

    ref: ArgRef
    how: str  # subject | phrase | pronoun | context
    head: int | None  # token index of the speaker's head in the text, when it is named there


def cue_subject(doc: Doc, tree: Tree, cue: int, lex: CueLexicon) -> Token | None:
    """The subject of a cue verb, inherited from the governing verb for conj/xcomp cues ('řekl a dodal')."""
    seen = set()
    i = cue
    while i not in seen:
        seen.add(i)
        subj = tree.children(i, lex.subject_deps)
        if subj:
            return subj[0]
        t = doc.tokens[i]
        if t.deprel.split(":")[0] in ("conj", "xcomp", "advcl") and t.head != t.i:
            i = t.head
            continue
        return None
    return None


def phrase_tokens(doc: Doc, tree: Tree, head: int, lex: CueLexicon) -> list[int]:
    """The contiguous name phrase around a head: name-like dependents, no relative clauses, no commas."""
    allowed = {head}
    stack = [head]
    while stack:
        k = stack.pop()
        for c in tree.children(k):
            dep = c.deprel.lower()
            if dep in lex.name_deps and dep not in RELATIVE and c.upos != "VERB":
                allowed.add(c.i)
                stack.append(c.i)
    lo = hi = head
    while lo - 1 in allowed and doc.tokens[lo - 1].text not in ",;:(" and head - lo < MAX_NAME_TOKENS:
        lo -= 1
    while hi + 1 in allowed and doc.tokens[hi + 1].text not in ",;:(" and hi - head < MAX_NAME_TOKENS:
        hi += 1
    while lo < head and (doc.tokens[lo].upos in ("ADP", "PUNCT", "CCONJ") or doc.tokens[lo].deprel == "case"):
        lo += 1
    while hi > head and doc.tokens[hi].upos in ("PUNCT", "ADP", "CCONJ"):
        hi -= 1
    return list(range(lo, hi + 1))


def _mention_for(doc: Doc, toks: list[int], head: int) -> Mention | None:
    """The mention holding the head token, else the longest mention inside the phrase."""
    best: Mention | None = None
    for m in doc.mentions:
        if m.start <= head < m.end:
            return m
        inside = bool(toks) and m.start >= toks[0] and m.end <= toks[-1] + 1
        if inside and (best is None or m.end - m.start > best.end - best.start):
            best = m
    return best


def _nominative(doc: Doc, toks: list[int], head: int) -> str:
    """The phrase text with the head and its agreeing proper names put in their lemma (nominative)."""
    h = doc.tokens[head]
    case = h.feat("Case")
    if not case or case == "Nom":
        return doc.span_text(toks[0], toks[-1] + 1)
    parts = []
    for k in toks:
        t = doc.tokens[k]
        agrees = t.feat("Case") == case and (k == head or t.upos == "PROPN" or t.head == head)
        word = t.lemma if agrees and t.lemma and (t.upos != "ADJ" or t.feat("Gender") == "Masc") else t.text
        if t.text[:1].isupper() and word[:1].islower():
            word = word[:1].upper() + word[1:]
        parts.append(word + (" " if t.ws else ""))
    return "".join(parts).strip()


def speaker_at(doc: Doc, tree: Tree, head: int, lex: CueLexicon, how: str) -> Speaker:
    """The speaker named by the phrase around a head token, as an actor reference."""
    toks = phrase_tokens(doc, tree, head, lex)
    text = doc.span_text(toks[0], toks[-1] + 1)
    span = (doc.tokens[toks[0]].start, doc.tokens[toks[-1]].end)
    m = _mention_for(doc, toks, head)
    if m is not None and m.start <= head < m.end:
        return Speaker(ArgRef(m.code, m.name, text, span), how, head)
    name = _nominative(doc, toks, head)
    return Speaker(ArgRef(m.code if m else None, name, text, span), how, head)


def _agrees(cue: Token, prev: Speaker, doc: Doc) -> bool:
    """Whether a dropped-subject verb's number/gender can belong to an earlier speaker."""
    if prev.head is None:
        return True
    h = doc.tokens[prev.head]
    for feat in ("Number", "Gender"):
        a, b = cue.feat(feat), h.feat(feat)
        if a and b and not set(a.split(",")) & set(b.split(",")):
            return False
    return True


def from_context(doc: Doc, cue: Token | None, history: list[tuple[int, Speaker]], sent: int,
                 window: int = 4) -> Speaker | None:
    """The latest earlier speaker within `window` sentences that agrees with the cue verb."""
    for s_idx, sp in reversed(history):
        if sent - s_idx > window:
            break
        if cue is None or _agrees(cue, sp, doc):
            return sp
    return None


def resolve_pronoun(doc: Doc, tree: Tree, subj: Token, cue: Token | None, lex: CueLexicon,
                    history: list[tuple[int, Speaker]]) -> Speaker | None:
    """A pronoun subject: a relative pronoun takes its clause's noun, others the latest speaker."""
    pron_type = subj.feat("PronType") or ""
    if cue is not None and ("Rel" in pron_type or (not pron_type and cue.deprel in RELATIVE)):
        clause = cue.i
        while doc.tokens[clause].deprel not in RELATIVE and doc.tokens[clause].head != clause:
            clause = doc.tokens[clause].head
        noun = doc.tokens[clause].head
        if doc.tokens[clause].deprel in RELATIVE and noun != clause:
            return speaker_at(doc, tree, noun, lex, "relative")
    prev = from_context(doc, None, history, subj.sent)
    if prev is None:
        return None
    ref = ArgRef(prev.ref.code, prev.ref.name, subj.text, (subj.start, subj.end))
    return Speaker(ref, "pronoun", prev.head)
