"""Bounded load on the HTTP API: /api/events with filters over a store of 100,000 synthesised events.

    .venv/bin/python bench/api_load.py [--events 100000] [--clients 50] [--requests 5000] [--db PATH]
                                       [--no-cache] [--no-event-index] [--workers N]

Builds the store (unless --db already holds enough events), starts `kronika serve` on a free loopback port,
then `--clients` threads (keep-alive connections) send a fixed list of `--requests` seeded-random filtered
queries (actor, dyad, type, quad class, date range, attribution, sort, page) as fast as answers come back.
Prints one JSON object: latency p50/p95/p99/max in ms, requests per second, errors, p95 per query kind.
Target (issue 6): p95 < 100 ms and no errors with 50 clients.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import json
import queue
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

BENCH = Path(__file__).resolve().parent
KRONIKA = Path(sys.executable).with_name("kronika")


def _store_query() -> Any:
    """bench/store_query.py: its synthesiser writes the same kind of store its query figures were measured on."""
    spec = importlib.util.spec_from_file_location("store_query", BENCH / "store_query.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(db: str, n_events: int) -> dict[str, Any]:
    """Synthesise events into the store at `db` unless it already holds at least n_events."""
    from kronika.store import open_store

    sq = _store_query()
    with open_store(db) as store:
        have = int(store.db.scalar("SELECT COUNT(*) FROM events") or 0)
        t = time.perf_counter()
        if have < n_events:
            sq.synthesise(store, n_events - have, 10, seed=have + 5)
            if store.dialect == "sqlite":
                store.db.execute("ANALYZE")
        total = int(store.db.scalar("SELECT COUNT(*) FROM events") or 0)
    return {"events": total, "build_s": round(time.perf_counter() - t, 1), "countries": sq.COUNTRIES}


def workload(n: int, countries: list[str], seed: int = 11) -> list[tuple[str, str]]:
    """A fixed list of (kind, path): filtered event queries as the events page and API clients send them."""
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(len(countries))]
    types = ["CONSULT", "AGREE", "ASSAULT", "ACCUSE", "REQUEST", "SUPPORT", "COERCE", "THREATEN"]
    kinds = ["actor", "actor+type", "dyad", "quad+month", "actor+range", "type+sort", "page", "attributed"]
    out = []
    for _ in range(n):
        kind = rng.choice(kinds)
        c1, c2 = rng.choices(countries, weights, k=2)
        p: dict[str, Any] = {"limit": 50}
        if kind == "actor":
            p["actor"] = c1 + rng.choice(["", "GOV"])
        elif kind == "actor+type":
            p.update(actor=c1, type=rng.choice(types))
        elif kind == "dyad":
            p.update(source=c1, target=c2)
        elif kind == "quad+month":
            p.update(quad=rng.randint(1, 4), since=f"{rng.choice([2023, 2024])}-{rng.randint(1, 12):02d}")
            p["until"] = p["since"]
        elif kind == "actor+range":
            p.update(actor=c1, since="2023-06-01", until="2024-03-31")
        elif kind == "type+sort":
            p.update(type=rng.choice(types), sort=rng.choice(["-goldstein", "goldstein", "day"]))
        elif kind == "page":
            p.update(actor=c1, offset=50 * rng.randint(1, 5))
        else:
            p.update(attributed_to=c1)
        out.append((kind, "/api/events?" + urlencode(p)))
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, port: int, extra: list[str]) -> subprocess.Popen[bytes]:
    """`kronika serve` on loopback; returns once it answers (its log goes to a file: a pipe nobody reads fills up)."""
    with tempfile.TemporaryFile() as log:  # the child keeps its own handle after this one closes
        proc = subprocess.Popen([str(KRONIKA), "serve", "--db", db, "--port", str(port), *extra],
                                stdout=subprocess.DEVNULL, stderr=log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            try:
                conn.request("GET", "/api/events?limit=1")
                if conn.getresponse().status == 200:
                    return proc
            except OSError:
                time.sleep(0.2)
            finally:
                conn.close()
        proc.kill()
        proc.wait(timeout=30)
        log.seek(0)
        why = log.read().decode("utf-8", "replace")[-2000:]
    raise RuntimeError(f"server did not start: {why}")


def run_clients(port: int, jobs: list[tuple[str, str]], clients: int) -> tuple[list[tuple[str, float]], list[str]]:
    """Send every job once across `clients` threads; (kind, ms) per answered request, and the errors."""
    todo: queue.SimpleQueue[tuple[str, str]] = queue.SimpleQueue()
    for j in jobs:
        todo.put(j)
    times: list[tuple[str, float]] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            try:
                kind, path = todo.get_nowait()
            except queue.Empty:
                break
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
                err = "" if ok else f"{resp.status} {path}"
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                ok, err = False, f"{type(exc).__name__} {path}"
            ms = (time.perf_counter() - t) * 1000
            with lock:
                (times.append((kind, ms)) if ok else errors.append(err))
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return times, errors


def pct(values: list[float], q: float) -> float:
    """The q-quantile (nearest rank) of the values, rounded to 0.1 ms."""
    s = sorted(values)
    return round(s[min(len(s) - 1, int(q * len(s)))], 1) if s else 0.0


def main() -> None:
    """Build, serve, load, report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--warmup", type=int, default=200, help="requests sent (and not counted) before measuring")
    ap.add_argument("--db", default=None, help="SQLite path to build or reuse (default: a temp file)")
    ap.add_argument("--no-cache", action="store_true", help="serve with --cache-size 0 (every request computed)")
    ap.add_argument("--no-event-index", action="store_true", help="serve with --no-event-index (filters in SQL)")
    ap.add_argument("--workers", type=int, default=1, help="server processes (kronika serve --workers)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "load.db")
        info = build(db, args.events)
        port = _free_port()
        extra = ["--cache-size", "0"] if args.no_cache else []
        extra += ["--no-event-index"] if args.no_event_index else []
        extra += ["--workers", str(args.workers)]
        proc = start_server(db, port, extra)
        try:
            jobs = workload(args.requests + args.warmup, info["countries"])
            run_clients(port, jobs[:args.warmup], args.clients)
            t = time.perf_counter()
            times, errors = run_clients(port, jobs[args.warmup:], args.clients)
            wall = time.perf_counter() - t
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    ms = [m for _, m in times]
    by_kind = {k: pct([m for kk, m in times if kk == k], 0.95) for k in sorted({k for k, _ in times})}
    print(json.dumps({"events": info["events"], "build_s": info["build_s"], "clients": args.clients,
                      "cache": not args.no_cache, "event_index": not args.no_event_index, "workers": args.workers,
                      "requests": len(jobs) - args.warmup, "answered": len(ms), "errors": len(errors),
                      "error_samples": errors[:5], "seconds": round(wall, 1),
                      "requests_per_s": round(len(ms) / wall, 1) if wall else 0.0, "p50_ms": pct(ms, 0.5),
                      "p95_ms": pct(ms, 0.95), "p99_ms": pct(ms, 0.99), "max_ms": round(max(ms, default=0.0), 1),
                      "p95_ms_by_kind": by_kind, "target": "p95 < 100 ms, no errors"}, indent=1))


if __name__ == "__main__":
    main()
