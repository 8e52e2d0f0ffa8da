"""Quote drafts, and how quoted spans join or split: one quote around a speech tag, one per sentence and paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

MAX_TAG_WORDS = 20  # words between two quoted spans that can still be just a speech tag ('he said.')


@dataclass
class Draft:
    """A quote being assembled: content span, how it was found, and where its speaker is."""

    start: int
    end: int
    direct: bool
    rule: str
    cue: int | None = None  # token index of the cue verb or attribution phrase
    source: int | None = None  # head token of a 'podle X' source
    parts: list[tuple[int, int]] = field(default_factory=list)
    phrase: tuple[int, int] | None = None  # token range of the attribution phrase naming the source


_SENTENCE_END = re.compile(r"[^\W\d_]{2,}[.!?]\s")


def continues(text: str, prev: Draft, d: Draft) -> bool:
    """Whether quoted span d goes on with quote prev: same cue around them, or no cue of its own just after."""
    if not (prev.direct and d.direct and prev.end <= d.start):
        return False
    if d.cue is not None and prev.cue == d.cue:
        return True
    if d.cue is not None or d.source is not None:
        return False
    gap = text[prev.end:d.start]
    return "\n" not in gap and len(gap.split()) <= MAX_TAG_WORDS


def tag_ends_sentence(text: str, prev: Draft, d: Draft) -> bool:
    """'"A," X said. "B."': a tag that ends its sentence closes the quote; the next one is its own (same speaker);
    so does a quote that ends its own sentence before the writer's words ('„A.“ X nechápe „b“')."""
    gap = text[prev.end:d.start]
    if not any(ch.isalpha() for ch in gap):  # consecutive quoted spans: one quote unless a sentence ends between
        return any(ch in ".!?…" for ch in gap)
    inner = text[prev.start:prev.end].rstrip()
    return inner[-1:] in (".", "!", "?", "…") or _SENTENCE_END.search(text, prev.end, d.start) is not None


def merge_split(text: str, drafts: list[Draft]) -> list[Draft]:
    """'"Part one," says X, "part two."': quoted spans around one speech tag in one sentence are one quote."""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and continues(text, prev, d) and not tag_ends_sentence(text, prev, d):
            prev.parts = (prev.parts or [(prev.start, prev.end)]) + (d.parts or [(d.start, d.end)])
            prev.end = d.end
            continue
        out.append(d)
    return out


def split_paragraphs(text: str, drafts: list[Draft]) -> list[Draft]:
    """A quote that runs over several paragraphs (each reopened with a mark) is one quote per paragraph, all with
    the same cue and source: annotators quote paragraph by paragraph."""
    out: list[Draft] = []
    for d in drafts:
        groups: list[list[tuple[int, int]]] = []
        for a, b in d.parts or [(d.start, d.end)]:
            if groups and "\n" not in text[groups[-1][-1][1]:a]:
                groups[-1].append((a, b))
            else:
                groups.append([(a, b)])
        if len(groups) == 1:
            out.append(d)
            continue
        out += [replace(d, start=g[0][0], end=g[-1][1], parts=g) for g in groups]
    return out
