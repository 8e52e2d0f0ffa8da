#!/usr/bin/env python3
"""Per-PLOVER-type event precision/recall on a gold set, matched exactly as the shared scorer does.

Usage: bench/eval_events.py GOLD_DIR [--cmd 'kronika extract --input {input} --output {output}' | --system OUT.jsonl]
       [--lang cs|en] [--scorer path/to/score.py] [--show TYPE]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DEFAULT_CMD = f"{ROOT / '.venv' / 'bin' / 'kronika'} extract --input {{input}} --output {{output}}"


def load_scorer(path: Path) -> ModuleType:
    """Import the shared scorer so matching rules stay identical."""
    spec = importlib.util.spec_from_file_location("kronika_score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load scorer {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def tally(sc: ModuleType, golds: list[dict[str, Any]], system: dict[str, Any],
          show: str | None) -> dict[str, Counter[str]]:
    """Per-type tp/fp/fn counts over all articles (fp by system type, fn by the gold's first type)."""
    c: dict[str, Counter[str]] = {"tp": Counter(), "fp": Counter(), "fn": Counter()}
    for g in golds:
        if "events" not in set(g.get("annotated") or ["events"]):
            continue
        s = system.get(g["id"], {})
        triples = sc.event_triples(s.get("events"))
        _, _, _, fp_list, fn_list = sc.score_events(g, s.get("events"))
        fp_set = {tuple(t) for t in fp_list}
        for tr in triples:
            if tuple(tr) in fp_set:
                c["fp"][tr[0]] += 1
        for ge in fn_list:
            c["fn"][str(ge.get("type")).split("|")[0]] += 1
        missed = {id(x) for x in fn_list}
        for ge in g.get("events", []):
            if ge.get("required", True) and id(ge) not in missed:
                c["tp"][str(ge.get("type")).split("|")[0]] += 1
        if show:
            for tr in fp_list:
                if tr[0] == show:
                    print(f"  FP {g['id']}: {tr}")
            for ge in fn_list:
                if str(ge.get("type")).split("|")[0] == show:
                    ev = ge.get("evidence") or [""]
                    print(f"  FN {g['id']}: {ge.get('source')} -> {ge.get('target')} | {str(ev[0])[:90]}")
    return c


def report(c: dict[str, Counter[str]]) -> None:
    """Print the per-type table and the totals."""
    types = sorted(set(c["tp"]) | set(c["fp"]) | set(c["fn"]))
    print(f"{'type':<10} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for t in [*types, "ALL"]:
        tp, fp, fn = ((sum(c[k].values()) for k in ("tp", "fp", "fn")) if t == "ALL"
                      else (c["tp"][t], c["fp"][t], c["fn"][t]))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:<10} {tp:>4} {fp:>4} {fn:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}")


def main() -> int:
    """Run the system (or read its output) and print per-type figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--cmd", default=None)
    ap.add_argument("--system", type=Path, default=None)
    ap.add_argument("--lang", default=None)
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    ap.add_argument("--show", default=None, help="list false and missed events of one PLOVER type")
    a = ap.parse_args()
    sc = load_scorer(a.scorer)
    golds = sc.load_gold(a.gold_dir, a.lang)
    if not golds:
        sys.exit("no gold files found")
    system = sc.read_system(a.system) if a.system else sc.run_system(a.cmd or DEFAULT_CMD, golds)
    report(tally(sc, golds, system, a.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
