"""Article text cut into pieces at annotation boundaries (actors, quotes, event triggers) for highlighting."""

from __future__ import annotations

import itertools
from typing import Any


def _span(v: Any, n: int) -> tuple[int, int] | str:
    """A valid (start, end) inside a text of length n, or why the span is unusable."""
    if not isinstance(v, list | tuple) or len(v) != 2 or not all(isinstance(x, int) for x in v):
        return "no character span"
    s, e = v
    if not 0 <= s < e <= n:
        return f"span {s}-{e} outside the text (length {n})"
    return s, e


def trigger_span(text: str, span: Any, trigger: Any) -> Any:
    """The trigger word(s) inside an event's span (which runs from source to target); the span if not found."""
    sp = _span(span, len(text))
    if isinstance(sp, str) or not isinstance(trigger, str) or not trigger:
        return span
    at = text.find(trigger, sp[0], sp[1])
    return [at, at + len(trigger)] if at >= 0 else span


def highlight_spans(article: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Spans of actor mentions, quotes and event triggers (ref a<i>, q<i>, e<i>), and those dropped with why."""
    n = len(article.get("text") or "")
    found: list[tuple[str, str, Any, str]] = []
    for i, a in enumerate(article.get("actors") or []):
        label = f"{a.get('name') or '?'} [{a.get('code') or 'no code'}]"
        found += [("actor", f"a{i}", m.get("span"), label) for m in a.get("mentions") or []]
    for i, q in enumerate(article.get("quotes") or []):
        sp = q.get("speaker") or {}
        found.append(("quote", f"q{i}", q.get("span"), f"quote by {sp.get('name') or sp.get('text') or '?'}"))
    text = article.get("text") or ""
    for i, e in enumerate(article.get("events") or []):
        label = f"{e.get('type')} ({e.get('cameo')})"
        places = [e, *(m for m in e.get("mentions") or [] if isinstance(m, dict))]  # merged duplicates too
        found += [("trigger", f"e{i}", trigger_span(text, m.get("span"), m.get("trigger")), label) for m in places]
    kept: list[dict[str, Any]] = []
    dropped: list[dict[str, Any]] = []
    for kind, ref, raw, label in found:
        sp = _span(raw, n)
        if isinstance(sp, str):
            dropped.append({"kind": kind, "ref": ref, "reason": sp})
        else:
            kept.append({"kind": kind, "ref": ref, "start": sp[0], "end": sp[1], "label": label})
    kept.sort(key=lambda a: (a["start"], -a["end"]))
    return kept, dropped


def segments(text: str, anns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Consecutive pieces of the text, each with the kinds and refs of the annotations covering it."""
    cuts = sorted({0, len(text), *(a["start"] for a in anns), *(a["end"] for a in anns)})
    out: list[dict[str, Any]] = []
    for s, e in itertools.pairwise(cuts):
        cover = [a for a in anns if a["start"] <= s and e <= a["end"]]
        out.append({"text": text[s:e], "start": s, "kinds": sorted({a["kind"] for a in cover}),
                    "refs": [a["ref"] for a in cover], "labels": [a["label"] for a in cover]})
    return out
