#!/usr/bin/env python3
"""Score kronika on the shared gold sets with the shared scorer and print the README's Markdown table.

Usage: bench/eval_scores.py [--sets seed adaq-cs-dev polnear-dev plover-gsr plover-gsr-cs wmt-dev wmt-dev2 wmt-dev3
       wmt-dev4 wmt-dev5 wmt-dev6 wmt-dev7 wmt-val wmt-test]
       [--eval-dir ../shared/eval]
       [--cmd 'kronika extract --input {input} --output {output}'] [--json]

Each set is scored by `score.py SET --json --cmd CMD` (a subprocess, so the numbers are exactly the
scorer's). A gold set scores only what it annotates: plover-gsr events, adaq-cs-dev and polnear-dev
quotes, the seed article both; the other cells print as "–". Our own real-news sets (eval/wmt-dev,
eval/wmt-dev2 .. eval/wmt-dev7, used while building; eval/wmt-val and eval/wmt-test, blind) are scored
per language through bench/eval_wmt_dev.py. "sys/gold" is the extra-event rate: system events per gold event
(recall / precision).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT.parent / "shared" / "eval"
DEFAULT_CMD = f"{ROOT / '.venv' / 'bin' / 'kronika'} extract --input {{input}} --output {{output}}"
SETS = ("seed", "adaq-cs-dev", "polnear-dev", "plover-gsr", "plover-gsr-cs", "wmt-dev", "wmt-dev2", "wmt-dev3",
        "wmt-dev4", "wmt-dev5", "wmt-dev6", "wmt-dev7", "wmt-val", "wmt-test")
OWN = {"wmt-dev": "real news, our gold, used while building",
       "wmt-dev2": "real news, our second gold, used while building",
       "wmt-dev3": "real news (ordinary news), our third gold (session 12), used while building",
       "wmt-dev4": "real news (fresh pairs), our fourth gold (session 13), used while building",
       "wmt-dev5": "real news (fresh pairs), our fifth gold (session 14), used while building",
       "wmt-dev6": "real news (fresh pairs), our sixth gold (session 22), used while building",
       "wmt-dev7": "real news (fresh pairs), our seventh gold (session 22), used while building",
       "wmt-val": "real news, our blind validation gold (session 4)",
       "wmt-test": "real news, our blind gold"}
ABOUT = {
    "seed": "reference article (cs): events, quotes",
    "adaq-cs-dev": "Czech quote sentences (ADAQ/PDT), quotes",
    "polnear-dev": "English political news (PolNeAR), quotes",
    "plover-gsr": "English PLOVER gold standard records, events",
    "plover-gsr-cs": "the same records translated into Czech (session 14), events",
}
# Sets kept in this repository's eval/ with their own texts (scored like the shared ones).
LOCAL = {"plover-gsr-cs"}


def annotated(gold_dir: Path) -> set[str]:
    """The parts (events, quotes) a gold set annotates, from its first gold file."""
    first = next(iter(sorted((gold_dir / "gold").glob("*.json"))), None)
    if first is None:
        return set()
    return set(json.loads(first.read_text(encoding="utf-8")).get("annotated") or ["events", "quotes"])


def score(eval_dir: Path, name: str, cmd: str, scorer: Path | None = None) -> dict[str, Any]:
    """Run the shared scorer on one set; its JSON result plus the wall time and the annotated parts."""
    scorer = scorer or eval_dir / "score.py"
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(scorer), str(eval_dir / name), "--json", "--cmd", cmd],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"scorer failed on {name}: {proc.stderr[-500:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["seconds"] = round(time.perf_counter() - t0, 1)
    result["parts"] = sorted(annotated(eval_dir / name))
    return result


def score_own(name: str, lang: str, cmd: str) -> dict[str, Any]:
    """One language of our own wmt sets, through bench/eval_wmt_dev.py (it materialises the corpus texts)."""
    script = ROOT / "bench" / "eval_wmt_dev.py"
    proc = subprocess.run([sys.executable, str(script), "--set", name, "--lang", lang, "--json", "--cmd", cmd],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"eval_wmt_dev failed on {name} {lang}: {proc.stderr[-500:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["parts"] = ["events", "quotes"]
    return result


def extra(r: dict[str, Any]) -> str:
    """System events per gold event (recall / precision), or a dash without events."""
    if "events" not in r["parts"] or not r.get("event_precision"):
        return "–"
    return f"{r['event_recall'] / r['event_precision']:.2f}"


def fmt(r: dict[str, Any], part: str, key: str) -> str:
    """One table cell: the value, or a dash where the set does not annotate that part."""
    return f"{r[key]:.3f}" if part in r["parts"] else "–"


def table(results: dict[str, dict[str, Any]]) -> str:
    """The Markdown evaluation table."""
    lines = ["| set | docs | quote P | quote R | quote F1 | speaker acc. | event P | event R | event F1 | sys/gold |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        about = ABOUT.get(name) or OWN.get(name.split()[0], "")
        lines.append(f"| {name} ({about}) | {r['docs']} | {fmt(r, 'quotes', 'quote_precision')} | "
                     f"{fmt(r, 'quotes', 'quote_recall')} | {fmt(r, 'quotes', 'quote_f1')} | "
                     f"{fmt(r, 'quotes', 'speaker_accuracy')} | {fmt(r, 'events', 'event_precision')} | "
                     f"{fmt(r, 'events', 'event_recall')} | {fmt(r, 'events', 'event_f1')} | {extra(r)} |")
    return "\n".join(lines)


def main() -> int:
    """Score the chosen sets and print the table (or JSON)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    ap.add_argument("--cmd", default=DEFAULT_CMD)
    ap.add_argument("--json", action="store_true", help="print the scorer's results as JSON instead")
    a = ap.parse_args()
    results: dict[str, dict[str, Any]] = {}
    for name in a.sets:
        if name in OWN:
            results.update({f"{name} {lang}": score_own(name, lang, a.cmd) for lang in ("cs", "en")})
        elif name in LOCAL:
            results[name] = score(ROOT / "eval", name, a.cmd, a.eval_dir / "score.py")
        else:
            results[name] = score(a.eval_dir, name, a.cmd)
    print(json.dumps(results, indent=1) if a.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
