"""Store-only ingest speed: precomputed extractions (the pipeline run once on wmt-news articles, then
varied) through the real ingest path (JSONL parse, content hash, groups of articles written as one
transaction with one bulk insert per table), next to the previous writer (one savepoint and one INSERT
per table per article, group commits) on the same files in the same run.

    .venv/bin/python bench/store_ingest.py [--n 20000] [--rounds 5] [--base 40] [--db URL] [--commit-every 1000]

Prints one JSON object: for each writer, articles/s per round (the store grows round by round; the two
writers alternate who goes first) by wall clock and by this process's CPU time, and the 1-minute load
average: the machine is shared, and when other work competes for the two cores the wall clock shows the
queue, the CPU rate what the code costs. The ratio new/previous of the same round is the robust figure.
With --db postgresql://..., each writer gets its own schema on that server (dropped afterwards).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from kronika import Pipeline
from kronika.ingest import IngestReport, ingest, ingest_one, iter_items
from kronika.model import Article
from kronika.store import Store, is_postgres_url, open_store, store_stats
from kronika.store.writer import article_hash

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wmt-news" / "articles.jsonl"


def base_extractions(n: int) -> list[dict[str, Any]]:
    """Run the pipeline once on the first n corpus articles; keep text and sentence spans as ingest does."""
    pipe = Pipeline()
    out: list[dict[str, Any]] = []
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


def previous_ingest(store: Store, path: str, commit_every: int) -> IngestReport:
    """The writer before groups were batched: per article a savepoint, an INSERT per table, group commits."""
    report = IngestReport()
    items = iter_items([path])
    with store.group_commits(commit_every):
        while chunk := list(islice(items, 256)):  # streamed in chunks, as the runner read them
            hashes = [article_hash(it.data) if it.data is not None else None for it in chunk]
            known = store.known(h for h in hashes if h)
            for item, h in zip(chunk, hashes, strict=True):
                outcome = ingest_one(store, item, None, True, h, h in known)
                report.stored += outcome == "stored"
                report.rejected += outcome not in ("stored", "duplicate")
    return report


def batched_ingest(store: Store, path: str, commit_every: int) -> IngestReport:
    """The ingest path as `kronika ingest --precomputed` runs it."""
    return ingest(store, iter_items([path]), None, precomputed=True, progress=False, commit_every=commit_every)


WRITERS: dict[str, Callable[[Store, str, int], IngestReport]] = {"previous": previous_ingest, "new": batched_ingest}


@contextmanager
def store_urls(db: str | None, tmp: str) -> Iterator[dict[str, str]]:
    """A fresh store per writer: SQLite files in tmp, or schemas on the --db PostgreSQL server."""
    if db is None or not is_postgres_url(db):
        yield {w: db + f".{w}" if db else str(Path(tmp) / f"{w}.db") for w in WRITERS}
        return
    import psycopg

    schemas = {w: f"bench_{w}_{os.getpid()}" for w in WRITERS}
    with psycopg.connect(db, autocommit=True) as conn:
        for schema in schemas.values():
            conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield {w: f"{db}{'&' if '?' in db else '?'}options=-csearch_path%3D{s}" for w, s in schemas.items()}
    finally:
        with psycopg.connect(db, autocommit=True) as conn:
            for schema in schemas.values():
                conn.execute(f"DROP SCHEMA {schema} CASCADE")


def timed_round(store: Store, writer: str, path: Path, commit_every: int) -> dict[str, Any]:
    """One file through one writer, the full-text index brought up to date; rates by wall clock and CPU."""
    wall, cpu = time.perf_counter(), time.process_time()
    report = WRITERS[writer](store, str(path), commit_every)
    store.flush_fulltext()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"stored": report.stored, "rejected": report.rejected, "per_s_wall": round(report.stored / wall),
            "per_s_cpu": round(report.stored / cpu), "load_1min": round(os.getloadavg()[0], 1)}


def summary(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Median and best rates of one writer's rounds."""
    walls = [r["per_s_wall"] for r in rounds]
    return {"articles": sum(r["stored"] for r in rounds), "rejected": sum(r["rejected"] for r in rounds),
            "per_s_wall_median": statistics.median(walls), "per_s_wall_best": max(walls),
            "per_s_cpu_median": statistics.median(r["per_s_cpu"] for r in rounds), "rounds": rounds}


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=5, help="the n articles go in as this many successive files")
    ap.add_argument("--base", type=int, default=40, help="corpus articles run through the pipeline")
    ap.add_argument("--db", default=None, help="SQLite path prefix or PostgreSQL URL (default: temp SQLite files)")
    ap.add_argument("--commit-every", type=int, default=1000)
    ap.add_argument("--only-new", action="store_true", help="skip the previous writer")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = base_extractions(args.base)
        files = [Path(tmp) / f"precomputed-{r}.jsonl" for r in range(args.rounds)]
        per_article = synthesise(base, args.n, Path(tmp) / "all.jsonl")
        lines = (Path(tmp) / "all.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        size = -(-len(lines) // args.rounds)
        for r, f in enumerate(files):
            f.write_text("".join(lines[r * size:(r + 1) * size]), encoding="utf-8")
        del lines, base
        writers = ["new"] if args.only_new else list(WRITERS)
        load_before = round(os.getloadavg()[0], 1)
        with store_urls(args.db, tmp) as urls:
            stores = {w: open_store(urls[w]) for w in writers}
            rounds: dict[str, list[dict[str, Any]]] = {w: [] for w in writers}
            for r, f in enumerate(files):
                for w in writers if r % 2 == 0 else writers[::-1]:  # alternate who meets the quieter moment
                    rounds[w].append(timed_round(stores[w], w, f, args.commit_every))
            counts = {w: store_stats(s) for w, s in stores.items()}
            dialect = stores["new"].dialect
            for s in stores.values():
                s.close()
    out: dict[str, Any] = {w: summary(rs) for w, rs in rounds.items()}
    if "previous" in rounds:
        out["speedup_per_round_wall"] = [round(n["per_s_wall"] / p["per_s_wall"], 2)
                                         for n, p in zip(rounds["new"], rounds["previous"], strict=True)]
        out["speedup_per_round_cpu"] = [round(n["per_s_cpu"] / p["per_s_cpu"], 2)
                                        for n, p in zip(rounds["new"], rounds["previous"], strict=True)]
        assert counts["new"] == counts["previous"], counts  # both writers stored the same rows
    print(json.dumps({**out, "commit_every": args.commit_every, "per_article": per_article,
                      "stored_rows": counts["new"], "dialect": dialect, "load_average_1min_before": load_before,
                      "load_average_1min_after": round(os.getloadavg()[0], 1)}, indent=1))


if __name__ == "__main__":
    main()
