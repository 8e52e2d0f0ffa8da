"""A readable plain-text summary of an extraction, for humans at a terminal."""

from __future__ import annotations

from typing import Any


def arg_label(a: dict[str, Any] | None) -> str:
    """A role filler as 'name [CODE]' ('-' for an empty role, '?' for a missing code)."""
    if not a:
        return "-"
    return f"{a.get('name') or a.get('text')} [{a.get('code') or '?'}]"


def render(d: dict[str, Any], width: int = 100) -> str:
    """Render one extraction dict (the JSON contract) as a text report."""
    lines = [f"== {d['id']}  lang={d.get('lang')}  published={d.get('published') or '-'}  "
             f"status={d.get('status')}"]
    if d.get("status") != "ok":
        lines.append(f"   rejected: {d.get('reason')}")
        return "\n".join(lines)
    lines.append(f"-- actors ({len(d['actors'])})")
    for a in d["actors"]:
        forms = sorted({m["text"] for m in a["mentions"]})
        lines.append(f"   {a['code'] or '?':<10} {a['name']:<28} x{len(a['mentions'])}  {', '.join(forms)[:width]}")
    lines.append(f"-- quotes ({len(d['quotes'])})")
    for q in d["quotes"]:
        kind = "direct" if q["direct"] else "indirect"
        lines.append(f"   {arg_label(q.get('speaker')):<30} {kind:<8} {q['text'][:width - 40]}")
    lines.append(f"-- events ({len(d['events'])})")
    for e in d["events"]:
        flags = [f for f in ("negated", "future", "hypothetical") if e.get(f)]
        att = e.get("attributed_to")
        extra = (f" per {arg_label(att)}" if att else "") + (f" ({', '.join(flags)})" if flags else "")
        mode = f"/{e['mode']}" if e.get("mode") else ""
        lines.append(f"   {e['type'] + mode:<22} {e['cameo']:<4} {arg_label(e.get('source')):<24} -> "
                     f"{arg_label(e.get('target')):<24} {e.get('date') or '':<10} «{e['trigger']}»{extra}")
    return "\n".join(lines)
