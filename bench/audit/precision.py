#!/usr/bin/env python3
"""Event precision from a hand-judged audit (bench/audit/precision-judgements.tsv), per language and PLOVER type.

The judgement file is a TSV (id, lang, start, end, type, cameo, source, target, trigger, verdict, reason);
verdict is one of correct, wrong_type, wrong_role, not_event (judged under ../shared/eval/GUIDELINES.md;
an event is correct when its type and source/target countries are what a gold annotator would write).
Without --system the figures are those of the run the judgements were made on. With --system (kronika
extract output on the same articles, see select_precision.py) each output event is looked up by
(article, start offset, type, source, target): the figures cover the judged ones, events that are new or
changed are listed as unjudged (judge them and append rows), and judged events that disappeared are counted
by verdict (a fix should remove false ones, not correct ones).

Usage: bench/audit/precision.py [--judgements TSV] [--system OUT.jsonl] [--show-unjudged]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERDICTS = ("correct", "wrong_type", "wrong_role", "not_event")
Key = tuple[str, int, str, str, str]


def load_judgements(path: Path) -> dict[Key, dict[str, str]]:
    """Judged events by (article, start, type, source, target); a later row overrides an earlier one."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    bad = [r for r in rows if r["verdict"] not in VERDICTS]
    if bad:
        sys.exit(f"unknown verdict {bad[0]['verdict']!r} in {path}")
    return {(r["id"], int(r["start"]), r["type"], r["source"], r["target"]): r for r in rows}


def system_keys(path: Path) -> list[tuple[Key, str, str]]:
    """(key, lang, trigger) of every event in a kronika extract output file."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for e in d.get("events", []):
                src = e["source"]["code"] if e.get("source") else "-"
                tgt = e["target"]["code"] if e.get("target") else "-"
                out.append(((d["id"], e["span"][0], e["type"], src, tgt), d.get("lang", "?"), e["trigger"]))
    return out


def table(rows: list[dict[str, str]], field: str) -> None:
    """Precision and verdict counts grouped by one field."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        groups[r[field]][r["verdict"]] += 1
        groups["ALL"][r["verdict"]] += 1
    print(f"{field:<10} {'n':>4} {'P':>6}  " + " ".join(f"{v:>10}" for v in VERDICTS))
    for name in sorted(groups, key=lambda g: (g == "ALL", g)):
        c = groups[name]
        n = sum(c.values())
        print(f"{name:<10} {n:>4} {c['correct'] / n:>6.3f}  " + " ".join(f"{c[v]:>10}" for v in VERDICTS))


def main() -> int:
    """Print the audit figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--judgements", type=Path, default=HERE / "precision-judgements.tsv")
    ap.add_argument("--system", type=Path, help="kronika extract output on the audit articles")
    ap.add_argument("--show-unjudged", action="store_true")
    args = ap.parse_args()
    judged = load_judgements(args.judgements)
    if args.system is None:
        rows = list(judged.values())
    else:
        found = system_keys(args.system)
        rows = [judged[k] for k, _, _ in found if k in judged]
        unjudged = [(k, lang, trig) for k, lang, trig in found if k not in judged]
        seen = {k for k, _, _ in found}
        gone = Counter(r["verdict"] for k, r in judged.items() if k not in seen)
        print(f"system events {len(found)}: judged {len(rows)}, unjudged {len(unjudged)}; "
              f"judged events no longer output: {dict(gone)}")
        if args.show_unjudged:
            for (aid, start, typ, src, tgt), lang, trig in unjudged:
                print(f"  UNJUDGED {lang} {aid} {start} {typ} {src} -> {tgt} [{trig}]")
    for lang in sorted({r["lang"] for r in rows}):
        sub = [r for r in rows if r["lang"] == lang]
        per_art = Counter(r["id"] for r in sub if r["verdict"] != "correct")
        print(f"\n== {lang}: {len(sub)} events, false {sum(per_art.values())}")
        table(sub, "type")
    return 0


if __name__ == "__main__":
    sys.exit(main())
