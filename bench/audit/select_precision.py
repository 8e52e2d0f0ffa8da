#!/usr/bin/env python3
"""Pick the precision-audit articles: news pairs of the wmt-news corpus in neither wmt-dev nor wmt-test.

Pairs about politics, conflict, police/courts or diplomacy (a keyword count on the English side), 600-4000
characters, taken evenly over the id-sorted pool so the choice is the same every run. Writes both sides of
each chosen pair as kronika input (JSONL) to OUT (outside the repository: the corpus licence forbids copying
its texts). The wmt-test gold files are never opened: only their file names give the pair ids.

Usage: bench/audit/select_precision.py OUT.jsonl [--pairs 60]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from corpus import WMT, load  # noqa: E402

NEWS = re.compile(r"\b(government|minister|president|police|court|army|military|troops|sanctions?|talks|"
                  r"parliament|election|protest\w*|attack\w*|accus\w*|treaty|agreement|embassy|officials?|"
                  r"prime minister|spokes\w+|war|missiles?|rebels?|charged|arrested)\b", re.I)


def held_out_pairs() -> set[str]:
    """Pairs of wmt-dev (gold corpus ids) and wmt-test (gold file names only)."""
    ids = {json.loads(f.read_text(encoding="utf-8")).get("corpus_id")
           for f in (ROOT / "eval" / "wmt-dev" / "gold").glob("*.json")}
    ids |= {f.name.removesuffix(".json") for f in (ROOT / "eval" / "wmt-test" / "gold").glob("*.json")}
    return {i.rsplit(".", 1)[0] for i in ids if i}


def choose(n_pairs: int) -> list[dict[str, Any]]:
    """Both sides of n news pairs, evenly spaced over the eligible id-sorted pairs."""
    skip = held_out_pairs()
    by_pair: dict[str, dict[str, dict[str, Any]]] = {}
    for a in load(WMT):
        if a["pair"] not in skip:
            by_pair.setdefault(a["pair"], {})[a["lang"]] = a
    pool = [p for _, p in sorted(by_pair.items()) if "cs" in p and "en" in p
            and 600 <= len(p["en"]["text"]) <= 4000 and len(NEWS.findall(p["en"]["text"])) >= 4]
    step = max(1.0, len(pool) / n_pairs)
    picked = [pool[int(k * step)] for k in range(min(n_pairs, len(pool)))]
    return [p[lang] for p in picked for lang in ("en", "cs")]


def main() -> int:
    """Write the audit input file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pairs", type=int, default=60)
    args = ap.parse_args()
    arts = choose(args.pairs)
    with args.out.open("w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": a["id"], "lang": a["lang"], "title": a.get("title", ""),
                                "text": a["text"]}, ensure_ascii=False) + "\n")
    print(f"{len(arts)} articles -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
