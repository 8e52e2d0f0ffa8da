"""Store-only ingest speed: precomputed extractions (the pipeline run once on wmt-news articles, then
varied) through the real ingest path (JSONL parse, content hash, one savepoint transaction per article).

    .venv/bin/python bench/store_ingest.py [--n 20000] [--base 40] [--db URL] [--commit-every 200]

Prints one JSON object: articles/s per round (the store grows round by round) by wall clock and by this
process's CPU time, and the 1-minute load average: the machine is shared, and when other work competes for
the two cores the wall clock shows the queue, the CPU rate what the code costs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from kronika import Pipeline
from kronika.ingest import ingest, iter_items
from kronika.model import Article
from kronika.store import open_store, store_stats

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wmt-news" / "articles.jsonl"


def base_extractions(n: int) -> list[dict[str, Any]]:
    """Run the pipeline once on the first n corpus articles; keep text and sentence spans as ingest does."""
    pipe = Pipeline()
    out = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= n:
                break
            src = json.loads(line)
            doc = pipe(Article.from_dict(src))
            d = doc.to_dict()
            d.update(text=src["text"], sentences=[[s.char_start, s.char_end] for s in doc.sentences])
            out.append(d)
    return out


def synthesise(base: list[dict[str, Any]], n: int, path: Path) -> dict[str, float]:
    """Write n distinct articles (a numbered line appended, so spans stay valid); mean counts per article."""
    totals = {"actors": 0, "quotes": 0, "events": 0, "chars": 0}
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            d = dict(base[i % len(base)])
            d["id"] = f"{d['id']}~{i}"
            d["text"] = f"{d['text']}\n\n[{i}]"
            d["published"] = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
            for k in ("actors", "quotes", "events"):
                totals[k] += len(d[k])
            totals["chars"] += len(d["text"])
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return {k: round(v / n, 2) for k, v in totals.items()}


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=5, help="the n articles go in as this many successive files")
    ap.add_argument("--base", type=int, default=40, help="corpus articles run through the pipeline")
    ap.add_argument("--db", default=None, help="store URL (default: a new SQLite file in a temp dir)")
    ap.add_argument("--commit-every", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = base_extractions(args.base)
        files = [Path(tmp) / f"precomputed-{r}.jsonl" for r in range(args.rounds)]
        per_article = synthesise(base, args.n, Path(tmp) / "all.jsonl")
        lines = (Path(tmp) / "all.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        size = -(-len(lines) // args.rounds)
        for r, f in enumerate(files):
            f.write_text("".join(lines[r * size:(r + 1) * size]), encoding="utf-8")
        rounds = []
        with open_store(args.db or str(Path(tmp) / "bench.db")) as store:
            for f in files:
                wall, cpu = time.perf_counter(), time.process_time()
                report = ingest(store, iter_items([str(f)]), None, precomputed=True, progress=False,
                                commit_every=args.commit_every)
                store.flush_fulltext()
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                rounds.append({"stored": report.stored, "rejected": report.rejected,
                               "per_s_wall": round(report.stored / wall), "per_s_cpu": round(report.stored / cpu)})
            counts = store_stats(store)
            dialect = store.dialect
    walls = [r["per_s_wall"] for r in rounds]
    print(json.dumps({
        "articles": sum(r["stored"] for r in rounds), "rejected": sum(r["rejected"] for r in rounds),
        "articles_per_s_wall_median": statistics.median(walls), "articles_per_s_wall_best": max(walls),
        "articles_per_s_cpu_median": statistics.median(r["per_s_cpu"] for r in rounds),
        "rounds": rounds, "commit_every": args.commit_every, "per_article": per_article, "stored_rows": counts,
        "dialect": dialect, "load_average_1min": round(os.getloadavg()[0], 1),
    }, indent=1))


if __name__ == "__main__":
    main()
