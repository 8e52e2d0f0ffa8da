"""Output invariants: every reported offset lies inside the text and points at the text it reports."""

from __future__ import annotations

from typing import Any

ROLE_KEYS = ("source", "target", "attributed_to")


def _span_problem(text: str, span: Any, what: str, expect: str | None) -> str | None:
    """Why a span is invalid (out of bounds, inverted, or not covering `expect`), or None when valid."""
    if not (isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        return f"{what}: malformed span {span!r}"
    a, b = span
    if not 0 <= a <= b <= len(text):
        return f"{what}: span {a}:{b} outside text of {len(text)} chars"
    if expect is not None and text[a:b] != expect:
        return f"{what}: text[{a}:{b}] = {text[a:b][:60]!r} != reported {expect[:60]!r}"
    return None


def _arg_problems(text: str, arg: Any, what: str) -> list[str]:
    if not isinstance(arg, dict) or arg.get("span") is None:
        return []
    p = _span_problem(text, arg["span"], what, arg.get("text"))
    return [p] if p else []


def _quote_problem(text: str, q: dict[str, Any], what: str) -> str | None:
    """A quote's text is its span's text, or (a quote joined across an inserted tag) pieces of it, in order."""
    said = q.get("text")
    p = _span_problem(text, q.get("span"), what, None)
    if p or not isinstance(said, str):
        return p
    a, b = q["span"]
    if text[a:b] == said:
        return None
    rest = iter(text[a:b])
    if all(ch in rest for ch in said if not ch.isspace()):  # `in` on an iterator consumes it: a subsequence test
        return None
    return f"{what}: reported text {said[:60]!r} is not made of pieces of text[{a}:{b}]"


def offset_problems(text: str, out: dict[str, Any]) -> list[str]:
    """Every offset problem in one article's output (`Doc.to_dict()` form); empty when all are valid."""
    probs: list[str] = []
    for i, actor in enumerate(out.get("actors") or []):
        for j, m in enumerate(actor.get("mentions") or []):
            probs.append(_span_problem(text, m.get("span"), f"actor {i} mention {j}", m.get("text")) or "")
    for i, q in enumerate(out.get("quotes") or []):
        probs.append(_quote_problem(text, q, f"quote {i}") or "")
        if q.get("cue_span") is not None:
            probs.append(_span_problem(text, q["cue_span"], f"quote {i} cue", None) or "")
        probs += _arg_problems(text, q.get("speaker"), f"quote {i} speaker")
    for i, e in enumerate(out.get("events") or []):
        probs.append(_span_problem(text, e.get("span"), f"event {i}", None) or "")
        for role in ROLE_KEYS:
            probs += _arg_problems(text, e.get(role), f"event {i} {role}")
    return [p for p in probs if p]
