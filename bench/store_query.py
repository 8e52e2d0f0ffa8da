"""Event query latency over a store of 100,000 events (synthetic articles, Zipf-distributed actors).

    .venv/bin/python bench/store_query.py [--events 100000] [--per-article 10] [--runs 31] [--db URL]

Prints one JSON object: median and p90 milliseconds per query kind, with how many events each matched.
The queries are the ones `kronika events` runs (kronika.store.find_events).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from kronika.cameo import table
from kronika.store import EventFilter, Store, count_events, find_events, open_store

COUNTRIES = ["USA", "RUS", "CHN", "UKR", "DEU", "FRA", "GBR", "CZE", "SVK", "POL", "PRK", "KOR", "JPN", "IRN",
             "ISR", "PSE", "TUR", "IND", "PAK", "SYR", "IRQ", "AFG", "HUN", "AUT", "ITA", "ESP", "BRA", "MEX",
             "CAN", "AUS", "EGY", "SAU", "NGA", "ZAF", "KEN", "ETH", "VEN", "COL", "ARG", "BLR", "GEO", "ARM",
             "AZE", "KAZ", "SRB", "HRV", "ROU", "BGR", "GRC", "NLD", "BEL", "SWE", "NOR", "FIN", "DNK", "IRL",
             "PRT", "CHE", "LTU", "LVA"]
SECTORS = ["", "GOV", "GOV", "MIL", "OPP", "BUS", "MED", "CVL", "JUD", "COP"]


def _actor(rng: random.Random, weights: list[float]) -> dict[str, Any]:
    country = rng.choices(COUNTRIES, weights)[0]
    code = country + rng.choice(SECTORS)
    return {"code": code, "name": f"actor {code}", "text": code.lower(), "span": [0, 3]}


def synthesise(store: Store, n_events: int, per_article: int, seed: int = 5) -> None:
    """Write n_events events in articles of per_article events, actors Zipf-weighted, dates over 2 years."""
    rng = random.Random(seed)
    weights = [1 / (i + 1) for i in range(len(COUNTRIES))]
    codes = [c for c in table().values() if c.plover]
    group: list[dict[str, Any]] = []
    for a in range(n_events // per_article):
        day = f"{2023 + a % 2}-{1 + a % 12:02d}-{1 + a % 28:02d}"
        events = []
        for i in range(per_article):
            c = rng.choice(codes)
            events.append({"type": c.plover, "mode": c.mode, "cameo": c.code, "goldstein": c.goldstein,
                           "quad_class": c.quad_class, "source": _actor(rng, weights),
                           "target": _actor(rng, weights), "date": day, "date_granularity": "day",
                           "attributed_to": None, "negated": False, "future": False, "hypothetical": False,
                           "sentence": i, "span": [i * 10, i * 10 + 9], "trigger": "met", "rule": "bench",
                           "mentions": []})
        group.append({"id": f"bench-{a}", "lang": "en", "published": day, "title": f"Article {a}",
                      "text": f"Synthetic article {a} about {len(events)} events.", "actors": [],
                      "quotes": [], "events": events})
        if len(group) == 500:  # written as the ingest writes: a group per transaction
            store.write_many(group)
            group = []
    store.write_many(group)


def timed(store: Store, f: EventFilter, runs: int, limit: int | None) -> dict[str, Any]:
    """Median and p90 latency of find_events for one filter."""
    times, n = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        n = len(find_events(store, f, limit=limit))
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 2), "p90_ms": round(times[int(0.9 * (len(times) - 1))], 2),
            "returned": n, "matching": count_events(store, f)}


def main() -> None:
    """Build the store, run the queries, print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--per-article", type=int, default=10)
    ap.add_argument("--runs", type=int, default=31)
    ap.add_argument("--db", default=None, help="store URL (default: a new SQLite file in a temp dir)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, open_store(args.db or str(Path(tmp) / "q.db")) as store:
        t = time.perf_counter()
        synthesise(store, args.events, args.per_article)
        build_s = time.perf_counter() - t
        store.db.execute("ANALYZE")
        queries = {
            "actor RUS, newest 100": (EventFilter(actor="RUS"), 100),
            "actor RUSGOV, newest 100": (EventFilter(actor="RUSGOV"), 100),
            "actor 'actor CZEGOV' (name), newest 100": (EventFilter(actor="actor CZEGOV"), 100),
            "actor LVA (rare), all": (EventFilter(actor="LVA"), None),
            "actor CZE, all": (EventFilter(actor="CZE"), None),
            "dyad USA->CHN, all": (EventFilter(dyad=("USA", "CHN")), None),
            "actor UKR + type + June 2024, all": (EventFilter(actor="UKR", type="ASSAULT", since="2024-06",
                                                              until="2024-06"), None),
        }
        results = {name: timed(store, f, args.runs, limit) for name, (f, limit) in queries.items()}
        total = store.db.scalar("SELECT COUNT(*) FROM events")
    print(json.dumps({"events": total, "build_s": round(build_s, 1), "dialect": store.dialect, "queries": results},
                     indent=1))


if __name__ == "__main__":
    main()
