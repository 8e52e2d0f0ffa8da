#!/usr/bin/env python3
"""Score every gold set in-process and dump event lines to diff two trees (the fast loop between changes).

Runs the pipeline of the tree this script lives in (src/ first on sys.path) once per article, scores events with
the shared scorer's own score_events, and prints tp/fp/fn/F1 per set and language (~30 s for all sets, against
~2 min for bench/eval_scores.py, which runs the CLI per set). `--events FILE` writes one line per system event
and per missed gold event of the non-blind sets, `--corpus FILE` one line per event on the corpus articles in no
blind gold set: diff those files between two trees to read every line a change moved. The blind sets (wmt-test,
wmt-val) give counts only: no line of theirs is written.

Usage: bench/dev_harness.py [--sets SET ...] [--events FILE] [--corpus FILE] [--summary FILE]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
CORPUS = SHARED / "corpus" / "wmt-news" / "articles.jsonl"
BLIND = ("wmt-test", "wmt-val")
SETS = ("seed", "plover-gsr", "plover-gsr-cs", "wmt-dev", "wmt-dev2", "wmt-dev3", "wmt-dev4", "wmt-dev5",
        "wmt-dev6", "wmt-dev7", *BLIND)


def load_module(name: str, path: Path) -> ModuleType:
    """Import a script by path (the shared scorer, bench/eval_wmt_dev.py)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_dir(name: str, tmp: Path) -> Path:
    """The set's directory with gold/ and texts/: a shared set, eval/<set>, or eval/<set> materialised."""
    own = ROOT / "eval" / name
    if (own / "texts").is_dir():
        return own
    if (own / "gold").is_dir():
        wmt = load_module("eval_wmt_dev", ROOT / "bench" / "eval_wmt_dev.py")
        wmt.materialise(tmp / name, own / "gold")
        return tmp / name
    return SHARED / "eval" / name


def code(arg: Any) -> str:
    """An event argument's code ('-' when none)."""
    return str(arg.get("code") or "-") if isinstance(arg, dict) else "-"


def event_line(where: str, ev: dict[str, Any], text: str) -> str:
    """One system event as a tab-separated line (set/article, type, source, target, cameo, trigger, sentence)."""
    s, e = ev.get("span") or (0, 0)
    snippet = " ".join(text[s:e].split())[:160]
    return "\t".join([where, "EV", str(ev.get("type")), code(ev.get("source")), code(ev.get("target")),
                      str(ev.get("cameo")), str(ev.get("trigger")), snippet])


def miss_line(where: str, g: dict[str, Any]) -> str:
    """One missed required gold event as a tab-separated line."""
    ev = g.get("evidence")
    evidence = " | ".join(ev) if isinstance(ev, list) else str(ev or "")
    return "\t".join([where, "FN", str(g.get("type")), str(g.get("source")), str(g.get("target")), "", "",
                      " ".join(evidence.split())[:160]])


def score_set(name: str, pipe: Any, sc: ModuleType, tmp: Path, lines: list[str] | None) -> dict[str, Counter[str]]:
    """tp/fp/fn per language on one set; event and miss lines appended unless the set is blind."""
    totals: dict[str, Counter[str]] = {}
    for gold in sc.load_gold(gold_dir(name, tmp), None):
        if "events" not in set(gold.get("annotated") or ["events"]):
            continue
        doc = pipe({"id": gold["id"], "text": gold["_text"], "lang": gold.get("lang"),
                    "published": gold.get("published")})
        out = doc.to_dict()
        tp, fp, fn, _, fn_list = sc.score_events(gold, out["events"])
        totals.setdefault(gold.get("lang") or doc.lang, Counter()).update({"tp": tp, "fp": fp, "fn": fn})
        if lines is not None and name not in BLIND:
            where = f"{name}/{gold['id']}"
            lines.extend(event_line(where, ev, gold["_text"]) for ev in out["events"])
            lines.extend(miss_line(where, g) for g in fn_list)
    return totals


def blind_corpus_ids() -> set[str]:
    """Corpus ids of the blind gold sets' articles (never dumped)."""
    ids = set()
    for name in BLIND:
        for f in (ROOT / "eval" / name / "gold").glob("*.json"):
            ids.add(json.loads(f.read_text(encoding="utf-8"))["corpus_id"])
    return ids


def dump_corpus(pipe: Any, path: Path) -> int:
    """Write every event of every corpus article outside the blind sets; returns the number of articles."""
    skip = blind_corpus_ids()
    lines: list[str] = []
    n = 0
    with CORPUS.open(encoding="utf-8") as f:
        for art in (json.loads(line) for line in f if line.strip()):
            if art["id"] in skip:
                continue
            n += 1
            doc = pipe({"id": art["id"], "text": art["text"], "lang": art["lang"]})
            lines.extend(event_line(art["id"], ev, art["text"]) for ev in doc.to_dict()["events"])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def f1(c: Counter[str]) -> float:
    """Event F1 from tp/fp/fn."""
    return 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"]) if c["tp"] else 0.0


def main() -> int:
    """Score the sets, print the table, write the optional dumps."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--events", type=Path, help="write event and miss lines of the non-blind sets here")
    ap.add_argument("--corpus", type=Path, help="write event lines of all non-blind corpus articles here")
    ap.add_argument("--summary", type=Path, help="write the printed table here too")
    a = ap.parse_args()
    from kronika import Pipeline

    pipe, sc = Pipeline(), load_module("kronika_score_harness", SCORER)
    rows: list[str] = []
    lines: list[str] | None = [] if a.events else None
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.sets:
            for lang, c in sorted(score_set(name, pipe, sc, Path(tmp), lines).items()):
                rows.append(f"{name:14} {lang}  tp {c['tp']:4} fp {c['fp']:4} fn {c['fn']:4}  F1 {f1(c):.3f}")
    print("\n".join(rows))
    if a.summary:
        a.summary.write_text("\n".join(rows) + "\n", encoding="utf-8")
    if a.events and lines is not None:
        a.events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if a.corpus:
        print(f"corpus: {dump_corpus(pipe, a.corpus)} articles -> {a.corpus}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
