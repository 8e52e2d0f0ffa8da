#!/usr/bin/env python3
"""Run the pipeline on one text and print what a rule writer needs: events (rule, roles), drops and actors.

Usage: bench/probe.py LANG "text" [PUBLISHED]      (LANG cs|en; PUBLISHED YYYY-MM-DD)
       bench/probe.py LANG --file FILE [PUBLISHED]  (texts in FILE separated by lines of ' || ')
       add --tree to print each sentence's dependency parse
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def code(arg: Any) -> str:
    """An argument's code and text."""
    return f"{arg.get('code')}«{arg.get('text')}»" if isinstance(arg, dict) else "-"


def _attr(ev: dict[str, Any]) -> str:
    """The event's attribution, if any."""
    return f"attr={ev['attributed_to']}" if ev.get("attributed_to") else ""


def show(doc: Any, tree: bool) -> None:
    """Print one document's events, drops and actors (and parse)."""
    d = doc.to_dict()
    for ev in d["events"]:
        flags = "".join(c for c, k in (("N", "negated"), ("F", "future"), ("H", "hypothetical")) if ev.get(k))
        print(f"  EV {ev['type']} {ev['cameo']} {code(ev['source'])} -> {code(ev['target'])} «{ev['trigger']}» "
              f"{ev['rule']} {ev.get('date') or ''} {flags} {_attr(ev)}")
    for x in doc.meta.get("events_dropped", []):
        print(f"  DROP «{x['trigger']}» s{x['sentence']} {x['rule']}: {x['reason']}")
    print("  ACTORS " + ", ".join(f"{m['text']}={a.get('code')}" for a in d.get("actors", []) for m in a["mentions"]))
    if tree:
        for t in doc.tokens:
            print(f"    {t.i:3} {t.text:15} {t.lemma:15} {t.upos:6} {t.deprel:10} {t.head} {t.feats}")


def main() -> int:
    """Parse arguments, run, print."""
    args = [a for a in sys.argv[1:] if a != "--tree"]
    tree = "--tree" in sys.argv
    if len(args) < 2:
        sys.exit(__doc__)
    lang = args[0]
    if args[1] == "--file":
        texts = Path(args[2]).read_text(encoding="utf-8").split("\n || \n")
        published = args[3] if len(args) > 3 else None
    else:
        texts, published = [args[1]], (args[2] if len(args) > 2 else None)
    from kronika import Pipeline

    pipe = Pipeline()
    for i, text in enumerate(t.strip() for t in texts):
        print(f"[{i}] {text[:200]}")
        show(pipe({"id": str(i), "text": text, "lang": lang, "published": published}), tree)
    return 0


if __name__ == "__main__":
    sys.exit(main())
