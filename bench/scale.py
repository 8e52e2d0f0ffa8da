"""Scale benchmark: kronika vs the bare spaCy parse, 1 vs 2 Dask workers, memory per worker; one table.

Quick run (defaults, a few minutes on 2 cores):
    .venv/bin/python bench/scale.py
The 10,000-article memory run (wmt-news repeated; 2 workers only):
    .venv/bin/python bench/scale.py --articles 10000 --workers 2 --serial 0
Hot spots in kronika's own code (cProfile over the serial run):
    .venv/bin/python bench/scale.py --workers '' --profile 15
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


def bare_spacy(pipe: Pipeline, arts: list[dict[str, Any]]) -> tuple[float, float]:
    """Seconds for spaCy alone (same models, NER excluded as in kronika): whole texts, and the same sentences."""
    import spacy

    parse = dict(pipe.components)["parse"]
    sents = []
    for a in arts:  # the sentence chunks kronika hands to spaCy, cut outside the timing
        doc = parse(Doc(article=Article.from_dict(a), lang=a["lang"]))
        sents.append([a["text"][s.char_start:s.char_end] for s in doc.sentences])
    models = {lang: spacy.load(name, exclude=["ner"]) for lang, name in pipe.settings.models.items()
              if lang in {a["lang"] for a in arts}}
    for nlp in models.values():
        nlp("Warm up.")
    t0 = time.process_time()
    for a in arts:
        models[a["lang"]](a["text"])
    t1 = time.process_time()
    for a, chunks in zip(arts, sents, strict=True):
        list(models[a["lang"]].pipe(chunks))
    return t1 - t0, time.process_time() - t1


def timed_components(pipe: Pipeline, arts: list[dict[str, Any]]) -> dict[str, float]:
    """Seconds per pipeline component (and for JSON output) over the articles, run as Pipeline does."""
    spent = dict.fromkeys(pipe.names, 0.0) | {"to_json": 0.0}
    for a in arts:
        doc = Doc(article=Article.from_dict(a), lang=a.get("lang") or "")
        for name, comp in pipe.components:
            t0 = time.process_time()
            doc = comp(doc)
            spent[name] += time.process_time() - t0
            if doc.status != "ok":
                break
        t0 = time.process_time()
        json.dumps(doc.to_dict(), ensure_ascii=False)
        spent["to_json"] += time.process_time() - t0
    return spent


def serial_rows(arts: list[dict[str, Any]], profile: int) -> list[Row]:
    """In-process, one core, CPU time (steadier than wall time on a shared machine): kronika vs bare spaCy."""
    pipe = Pipeline()
    for a in arts[:4]:
        pipe(a)  # load models and lexicons before timing
    whole, floor = bare_spacy(pipe, arts)
    spent = timed_components(pipe, arts)
    if profile:  # a separate pass: the profiler slows Python code more than spaCy's compiled code
        prof = cProfile.Profile()
        prof.runcall(timed_components, pipe, arts)
        print_hot_spots(prof, profile)
    total, w = sum(spent.values()), words(arts)
    rows: list[Row] = [
        ("serial", "articles / words", f"{len(arts)} / {w}"),
        ("serial", "bare spaCy, whole texts",
         f"{whole:.2f} s  ({len(arts) / whole:.1f} art/s, {w / whole:.0f} words/s)"),
        ("serial", "bare spaCy, same sentences (the floor)",
         f"{floor:.2f} s  ({len(arts) / floor:.1f} art/s, {w / floor:.0f} words/s)"),
        ("serial", "kronika extraction", f"{total:.2f} s  ({len(arts) / total:.1f} art/s, {w / total:.0f} words/s)"),
    ]
    for name, sec in spent.items():
        rows.append(("serial", f"  component {name}", f"{sec:.2f} s  ({100 * sec / total:.1f}%)"))
    own = max(total - floor, 0.0)
    rows.append(("serial", "kronika's own code (total - floor)", f"{own:.2f} s = {100 * own / total:.1f}% "
                 "of extraction (target <= 25%)"))
    return rows


def print_hot_spots(prof: cProfile.Profile, top: int) -> None:
    """The functions of kronika's own code with the most self time."""
    stats = pstats.Stats(prof)
    own = [(v[2], v[3], k) for k, v in stats.stats.items()  # type: ignore[attr-defined]
           if "/kronika/" in k[0] and "/site-packages/" not in k[0]]
    own.sort(reverse=True)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    print(f"\nkronika hot spots (self time, of {total:.2f} s profiled):", file=sys.stderr)
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
    ap.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated ('' = none)")
    ap.add_argument("--partition-size", type=int, default=25)
    ap.add_argument("--profile", type=int, default=0, help="print the N hottest kronika functions (cProfile)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    rows: list[Row] = [("machine", "cores / load average (1, 5, 15 min) at start",
                        f"{os.cpu_count()} / {' '.join(f'{x:.2f}' for x in os.getloadavg())}")]
    if args.serial:
        rows += serial_rows(load_articles(args.corpus, args.serial), args.profile)
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
