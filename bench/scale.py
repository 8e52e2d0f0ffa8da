"""Scale benchmark: kronika vs the bare spaCy parse, 1 vs 2 Dask workers, memory per worker; one table.

Quick run (defaults, a few minutes on 2 cores):
    .venv/bin/python bench/scale.py
The 10,000-article memory run (wmt-news repeated; 2 workers only):
    .venv/bin/python bench/scale.py --articles 10000 --workers 2 --serial 0
kronika's own share of extraction time (CPU time; median and spread over interleaved rounds):
    .venv/bin/python bench/scale.py --workers '' [--rounds 5]
  Each round runs, article by article and in alternating order, the bare spaCy parse of the sentence chunks
  kronika hands to spaCy (the floor) and the full pipeline plus JSON output; share = (full - floor) / full.
  Process CPU time and interleaving keep other processes on a shared machine out of the figure (per-round
  shares within about 2 points of each other in runs at load 4-10 on 2 cores).
Hot spots in kronika's own code (cProfile over one more round; it inflates Python-heavy code, so a
sampling profiler such as py-spy gives truer shares):
    .venv/bin/python bench/scale.py --workers '' --profile 15
A speed-up must not change outputs: bench/same_output.py compares `kronika extract` JSON of two source trees.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kronika import Pipeline, Settings
from kronika.dist import BatchConfig, run_batch
from kronika.dist.output import load_manifest
from kronika.model import Article, Doc
from kronika.nlp.spacy_backend import BATCH

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wmt-news" / "articles.jsonl"
Row = tuple[str, str, str]


def load_articles(path: Path, n: int) -> list[dict[str, Any]]:
    """The corpus repeated until there are n articles, each repeat with its own id."""
    base = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for k in range(n):
        a = base[k % len(base)]
        out.append({"id": f"{a['id']}#{k // len(base)}", "lang": a.get("lang"), "text": a["text"]})
    return out


def words(arts: list[dict[str, Any]]) -> int:
    """Whitespace-separated words in the articles."""
    return sum(len(a["text"].split()) for a in arts)


def sentence_chunks(pipe: Pipeline, arts: list[dict[str, Any]]) -> list[list[str]]:
    """The sentence chunks kronika hands to spaCy, per article (cut outside any timing)."""
    parse = dict(pipe.components)["parse"]
    out = []
    for a in arts:
        doc = parse(Doc(article=Article.from_dict(a), lang=a["lang"]))
        out.append([a["text"][s.char_start:s.char_end] for s in doc.sentences])
    return out


def bare_whole(pipe: Pipeline, arts: list[dict[str, Any]]) -> float:
    """CPU seconds for spaCy alone on whole texts (same models, NER excluded as in kronika), one pass."""
    parse: Any = dict(pipe.components)["parse"]
    t0 = time.process_time()
    for a in arts:
        parse.spacy.nlp(a["lang"])(a["text"])
    return time.process_time() - t0


def full_pass(pipe: Pipeline, a: dict[str, Any], spent: dict[str, float]) -> bool:
    """One article through every component (as Pipeline runs them) and to JSON, CPU time per step; ok?"""
    doc = Doc(article=Article.from_dict(a), lang=a.get("lang") or "")
    for name, comp in pipe.components:
        t0 = time.process_time()
        try:
            doc = comp(doc)
        except Exception as exc:  # as Pipeline does: the article is rejected, the run goes on
            doc.status, doc.reason = "rejected", f"{name} failed: {type(exc).__name__}: {exc}"
        spent[name] += time.process_time() - t0
        if doc.status != "ok":
            break
    t0 = time.process_time()
    json.dumps(doc.to_dict(), ensure_ascii=False)
    spent["to_json"] += time.process_time() - t0
    return doc.status == "ok"


def interleaved_rounds(pipe: Pipeline, arts: list[dict[str, Any]], rounds: int
                       ) -> tuple[list[tuple[float, float]], dict[str, float], int]:
    """Per round (floor, full) CPU seconds: the bare spaCy parse of kronika's sentence chunks and the full
    pipeline, interleaved article by article with the order alternating, so both see the same load and
    the same warm vocabulary; also CPU seconds per component summed over all rounds, and rejections."""
    parse: Any = dict(pipe.components)["parse"]
    chunks = sentence_chunks(pipe, arts)
    spent = dict.fromkeys(pipe.names, 0.0) | {"to_json": 0.0}
    out, rejected = [], 0
    for r in range(rounds):
        floor = full = 0.0
        for k, (a, ch) in enumerate(zip(arts, chunks, strict=True)):
            nlp, bare_first = parse.spacy.nlp(a["lang"]), (k + r) % 2 == 0
            for step in ("bare", "full") if bare_first else ("full", "bare"):
                t0 = time.process_time()
                if step == "bare":
                    for _ in nlp.pipe(ch, batch_size=BATCH):
                        pass
                    floor += time.process_time() - t0
                else:
                    rejected += not full_pass(pipe, a, spent)
                    full += time.process_time() - t0
        out.append((floor, full))
    return out, spent, rejected


def serial_rows(arts: list[dict[str, Any]], rounds: int, profile: int) -> list[Row]:
    """In-process, one core, CPU time (steadier than wall time on a shared machine): kronika vs bare spaCy."""
    pipe = Pipeline()
    for a in arts[:4]:
        pipe(a)  # load models and lexicons before timing
    whole = bare_whole(pipe, arts)
    per_round, spent, rejected = interleaved_rounds(pipe, arts, rounds)
    if profile:  # a separate pass: the profiler slows Python code more than spaCy's compiled code
        prof = cProfile.Profile(time.process_time)  # CPU time: other processes on the machine stay out
        prof.runcall(interleaved_rounds, pipe, arts, 1)
        print_hot_spots(prof, profile)
    shares = [100 * max(full - floor, 0.0) / full for floor, full in per_round]
    floor, total = statistics.median(f for f, _ in per_round), statistics.median(t for _, t in per_round)
    w = words(arts)
    rows: list[Row] = [
        ("serial", "articles / words / rounds", f"{len(arts)} / {w} / {rounds}"),
        ("serial", "bare spaCy, whole texts (1 pass)",
         f"{whole:.2f} s  ({len(arts) / whole:.1f} art/s, {w / whole:.0f} words/s)"),
        ("serial", "bare spaCy, same sentences (the floor, median)",
         f"{floor:.2f} s  ({len(arts) / floor:.1f} art/s, {w / floor:.0f} words/s)"),
        ("serial", "kronika extraction (median)",
         f"{total:.2f} s  ({len(arts) / total:.1f} art/s, {w / total:.0f} words/s)"),
    ]
    all_rounds = sum(spent.values())
    if rejected:
        rows.append(("serial", "articles rejected (all rounds)", f"{rejected} (a component failed or refused)"))
    for name, sec in spent.items():
        rows.append(("serial", f"  component {name} (all rounds)", f"{sec:.2f} s  ({100 * sec / all_rounds:.1f}%)"))
    rows.append(("serial", "kronika's own code share per round (full - floor) / full",
                 " ".join(f"{x:.1f}%" for x in shares)))
    rows.append(("serial", "kronika's own code share, median [min..max]",
                 f"{statistics.median(shares):.1f}% [{min(shares):.1f}..{max(shares):.1f}] (target <= 25%)"))
    return rows


def print_hot_spots(prof: cProfile.Profile, top: int) -> None:
    """The functions of kronika's own code with the most self time."""
    stats = pstats.Stats(prof)
    own = [(v[2], v[3], k) for k, v in stats.stats.items()  # type: ignore[attr-defined]
           if "/kronika/" in k[0] and "/site-packages/" not in k[0]]
    own.sort(reverse=True)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    mine = sum(tt for tt, _, _ in own)
    print(f"\nkronika hot spots (self CPU time, of {total:.2f} s profiled; kronika's own functions "
          f"{100 * mine / total:.1f}% of it, inflated by the profiler's per-call cost):", file=sys.stderr)
    for tt, ct, (fn, line, func) in own[:top]:
        short = fn.split("/kronika/", 1)[-1]
        print(f"  {tt:7.3f} s self {ct:7.3f} s cum  {short}:{line} {func}", file=sys.stderr)


def dask_run(src: Path, out: Path, workers: int, size: int) -> dict[str, Any]:
    """One `kronika batch` run; throughput, per-worker memory and the memory trace from its manifest."""
    rep = run_batch(BatchConfig(inputs=[str(src)], output=str(out), settings=Settings(), workers=workers,
                                partition_size=size, progress=sys.stderr.isatty()))
    parts = [p for p in load_manifest(out)["partitions"].values() if p.get("status") == "done"]
    span = max(p["finished_at"] for p in parts) - min(p["started_at"] for p in parts)
    trace: dict[str, list[tuple[float, float]]] = {}
    for p in sorted(parts, key=lambda p: p["finished_at"]):
        trace.setdefault(p["worker"], []).append((p["rss_mb"], p["peak_rss_mb"]))
    cpu = sum(p["cpu_seconds"] for p in parts) / sum(p["seconds"] for p in parts)
    return {"report": rep, "steady": rep.articles / span if span else 0.0, "trace": trace, "cpu": cpu}


def dask_rows(res: dict[str, Any], workers: int, base: dict[str, Any] | None) -> list[Row]:
    """Table rows for one Dask run."""
    rep, tag = res["report"], f"dask {workers}w"
    rows: list[Row] = [
        (tag, "articles ok / rejected / failed partitions", f"{rep.ok} / {rep.rejected} / {rep.failed}"),
        (tag, "wall (incl. cluster start, model load)", f"{rep.seconds:.1f} s  ({rep.rate:.2f} art/s)"),
        (tag, "steady throughput (first task start..last end)",
         f"{res['steady']:.2f} art/s, {res['steady'] * rep.words / max(rep.articles, 1) / workers:.0f} "
         "words/s per core"),
    ]
    rows.append((tag, "CPU a worker got while extracting (1.0 = a whole core)",
                 f"{res['cpu']:.2f} (below 1: other processes took the rest)"))
    if base:
        rows.append((tag, f"speed-up vs {base['workers']} worker", f"{res['steady'] / base['steady']:.2f}x "
                     "steady, " f"{rep.rate / base['report'].rate:.2f}x wall (target >= 1.7x)"))
    for w, tr in sorted(res["trace"].items()):
        rss = [r for r, _ in tr]
        half = len(rss) // 2 or 1
        drift = statistics.mean(rss[half:]) - statistics.mean(rss[:half])
        rows.append((tag, f"worker {w.split(':')[-1]} memory",
                     f"peak {max(p for _, p in tr):.0f} MiB; RSS first {rss[0]:.0f} -> last {rss[-1]:.0f} MiB "
                     f"over {len(tr)} partitions (2nd-half minus 1st-half mean {drift:+.0f} MiB)"))
        step = max(len(rss) // 10, 1)
        rows.append((tag, f"worker {w.split(':')[-1]} RSS trace (MiB, every {step} partitions)",
                     " ".join(f"{r:.0f}" for r in rss[::step])))
    return rows


def main() -> None:
    """Parse options, run the sections asked for, print one table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200, help="articles for the Dask runs (corpus repeated)")
    ap.add_argument("--serial", type=int, default=100, help="articles for the in-process time split (0 = skip)")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved floor/full passes for the share's median")
    ap.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated ('' = none)")
    ap.add_argument("--partition-size", type=int, default=25)
    ap.add_argument("--profile", type=int, default=0, help="print the N hottest kronika functions (cProfile)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    rows: list[Row] = [("machine", "cores / load average (1, 5, 15 min) at start",
                        f"{os.cpu_count()} / {' '.join(f'{x:.2f}' for x in os.getloadavg())}")]
    if args.serial:
        rows += serial_rows(load_articles(args.corpus, args.serial), args.rounds, args.profile)
    counts = [int(x) for x in args.workers.split(",") if x.strip()]
    if counts:
        with tempfile.TemporaryDirectory(prefix="kronika-bench-") as tmp:
            src = Path(tmp) / "in.jsonl"
            src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n"
                                   for a in load_articles(args.corpus, args.articles)), encoding="utf-8")
            base = None
            for n in counts:
                res = dask_run(src, Path(tmp) / f"out{n}", n, args.partition_size) | {"workers": n}
                rows += dask_rows(res, n, base)
                base = base or res
    rows.append(("machine", "load average at end", " ".join(f"{x:.2f}" for x in os.getloadavg())))
    wide = max(len(r[1]) for r in rows)
    print(f"{'section':<9} {'measure':<{wide}}  value")
    for sec, name, val in rows:
        print(f"{sec:<9} {name:<{wide}}  {val}")


if __name__ == "__main__":
    main()
