#!/usr/bin/env python3
"""Probe phrasings of one event: bench/variant_audit.py LANG TSV (rows: base, kind, 'TYPE SRC TGT', sentence).

TYPE may list alternatives with '|'; SRC/TGT are the first three letters of the expected codes ('-' = any target).
Prints OK/BAD per row with what was coded, then the counts per variant kind.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def _coded(d: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(type, source code, target code, trigger) of a document's events."""
    return [(e["type"], (e["source"] or {}).get("code") or "-", (e["target"] or {}).get("code") or "-", e["trigger"])
            for e in d["events"]]


def main() -> int:
    """Run every row, print the matrix and the counts per kind."""
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    from kronika import Pipeline

    lang, path = sys.argv[1], sys.argv[2]
    pipe = Pipeline()
    rows = [line.rstrip("\n").split("\t") for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    total, right = collections.Counter[str](), collections.Counter[str]()
    for base, kind, expected, text in rows:
        types, src, tgt = expected.split()
        evs = _coded(pipe({"id": "x", "text": text, "lang": lang, "published": "2024-05-15"}).to_dict())
        ok = any(t in types.split("|") and s[:3] == src and (tgt == "-" or g[:3] == tgt) for t, s, g, _ in evs)
        total[kind] += 1
        right[kind] += ok
        got = "; ".join(f"{t} {s}->{g} «{tr}»" for t, s, g, tr in evs) or "NONE"
        print(f"{'OK ' if ok else 'BAD'} {base:10} {kind:7} exp={expected:20} got={got} | {text}")
    print("TOTAL", sum(right.values()), "/", sum(total.values()))
    for kind in total:
        print(f"  {kind:8} {right[kind]}/{total[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
