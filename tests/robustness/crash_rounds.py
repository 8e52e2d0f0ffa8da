"""kill -9 at random points of `kronika ingest`, round after round, with readers querying the store meanwhile.

Each round writes a batch (every article of the earlier rounds plus new ones, shuffled), starts
`kronika ingest --precomputed` on it, waits until it writes, kills it with SIGKILL a seeded random time into its
writing (round 0, uninterrupted, measures how long writing takes), runs the
same command again to completion, then checks the store: every article exactly once, each with all of its
actors, quotes and events (as the batch has them), the full-text index consistent and finding each article
and quote by its own word. Reader threads with their own connections query throughout; each read must
succeed and see only whole articles, never fewer articles than before. Used by the test and the bench.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kronika.store import Store, find_quotes, open_store, search

KRONIKA = str(Path(sys.executable).parent / "kronika")
WORDS = ["vláda", "ministr", "jednání", "sankce", "Kyjev", "Praha", "dohoda", "úterý", "prohlásil", "mluvčí",
         "parlament", "zákon", "rozpočet", "president", "talks", "agreement", "minister", "said", "the", "of", "in"]
COUNTS = ("SELECT a.ext_id AS id, a.n_actors AS na, a.n_quotes AS nq, a.n_events AS ne, "
          "(SELECT COUNT(*) FROM actors x WHERE x.article_id = a.id) AS ca, "
          "(SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id) AS cq, "
          "(SELECT COUNT(*) FROM events x WHERE x.article_id = a.id) AS ce FROM articles a")


def article(i: int, rng: random.Random) -> dict[str, Any]:
    """A precomputed extraction with a random number of actors, quotes and events and a word of its own."""
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(50, 400)))
    text = f"Zpráva {i}. {body} uniq{i:05d}w. „Citát quote{i:05d}q.“"
    span = [0, 6]
    actors = [{"id": f"A{k}", "name": f"Aktér {k}", "code": rng.choice(["CZEGOV", "RUS", "UKRMIL", "IGOEU"]),
               "type": "ORG", "mentions": [{"text": "Zpráva", "span": span}]} for k in range(rng.randint(0, 8))]
    quotes = [{"text": f"quote{i:05d}q{k}", "span": span, "direct": True, "sentence": 0, "rule": "crash"}
              for k in range(rng.randint(0, 4))]
    events = [{"type": rng.choice(["CONSULT", "ACCUSE", "AID"]), "cameo": "040", "quad_class": rng.randint(1, 4),
               "goldstein": 1.0, "span": span, "trigger": "Zpráva", "sentence": 0, "date": f"2024-06-{k % 28 + 1:02d}",
               "source": {"code": "RUS", "name": "Rusko"}, "target": {"code": "UKR", "name": "Ukrajina"}}
              for k in range(rng.randint(0, 12))]
    return {"id": f"crash-{i:05d}", "lang": "cs", "published": "2024-06-30", "title": f"Článek {i}", "text": text,
            "actors": actors, "quotes": quotes, "events": events}


@dataclass
class Outcome:
    """Counts over all rounds and the problems found (none when the store is crash-safe)."""

    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    kills: list[str] = field(default_factory=list)

    def fail(self, kind: str, what: str) -> None:
        """Record one problem."""
        self.counts[kind] += 1
        if len(self.problems) < 100:
            self.problems.append(f"{kind}: {what}")


def whole(rows: list[dict[str, Any]], expected: dict[str, tuple[int, int, int]]) -> list[str]:
    """Articles (of a COUNTS read) whose stored records differ from what the batch has for them."""
    bad = []
    for r in rows:
        want = expected.get(r["id"])
        got = (int(r["ca"]), int(r["cq"]), int(r["ce"]))
        if want is None or got != want or (int(r["na"]), int(r["nq"]), int(r["ne"])) != want:
            bad.append(f"{r['id']}: stored {got}, batch {want}")
    return bad


def reader(url: str, expected: dict[str, tuple[int, int, int]], done: threading.Event, out: Outcome) -> None:
    """Query until `done`: counts of every article's records (one statement), a search, a quote search."""
    try:
        store = open_store(url)
    except Exception as exc:  # opening (and migrating) an existing store must work during writes too
        out.fail("reader_errors", f"open: {type(exc).__name__}: {exc}")
        return
    last, k = 0, 0
    try:
        while not done.is_set():
            k += 1
            try:
                rows = store.db.query(COUNTS)
                search(store, f"uniq{k % 50:05d}w")
                find_quotes(store, text=f"quote{k % 50:05d}q", limit=5)
            except Exception as exc:  # any failure of a reader is what this looks for
                out.fail("reader_errors", f"{type(exc).__name__}: {exc}")
                time.sleep(0.1)
                continue
            out.counts["reads"] += 1
            for b in whole(rows, expected)[:3]:
                out.fail("partial_seen", b)
            if len(rows) < last:
                out.fail("articles_went_back", f"{last} -> {len(rows)}")
            last = len(rows)
            time.sleep(0.02)
    finally:
        store.close()


def ingest_cmd(batch: Path, url: str, commit_every: int) -> list[str]:
    """The command a round runs (and kills)."""
    return [KRONIKA, "ingest", str(batch), "--db", url, "--precomputed", "--no-progress",
            "--commit-every", str(commit_every)]


def check_store(store: Store, expected: dict[str, tuple[int, int, int]], out: Outcome, tag: str) -> None:
    """After a completed re-run: each article once and whole, the full-text index consistent and complete."""
    ids = Counter(r["ext_id"] for r in store.db.query("SELECT ext_id FROM articles"))
    out.counts["articles_checked"] += len(expected)
    for i in set(expected) - set(ids):
        out.fail("data_lost", f"{tag}: {i}")
    for i, n in ids.items():
        if n > 1 or i not in expected:
            out.fail("duplicated", f"{tag}: {i} x{n}")
    for b in whole(store.db.query(COUNTS), expected):
        out.fail("partial_articles", f"{tag}: {b}")
    if store.dialect == "sqlite":
        for table in ("articles", "quotes"):
            try:
                store.db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
            except Exception as exc:  # a corrupt or stale index fails its own check
                out.fail("fts_inconsistent", f"{tag}: {table}: {exc}")
            upto = store.db.scalar("SELECT upto FROM fts_state WHERE name = ?", (table,))
            if int(upto) != int(store.db.scalar(f"SELECT COALESCE(MAX(id), 0) FROM {table}")):
                out.fail("fts_inconsistent", f"{tag}: {table} indexed up to {upto} only")
    for i in expected:
        n = int(i.split("-")[1])
        found = [a["article"] for a in search(store, f"uniq{n:05d}w", limit=5)["articles"]]
        if found != [i]:
            out.fail("fts_inconsistent", f"{tag}: uniq{n:05d}w finds {found}")
        quotes = find_quotes(store, text=f"quote{n:05d}q{0}", limit=5)
        if len(quotes) != (1 if expected[i][1] else 0):
            out.fail("fts_inconsistent", f"{tag}: quote{n:05d}q0 finds {len(quotes)}")


class Watch:
    """Tells when an ingest process has begun writing: articles appear, or it holds a write transaction."""

    def __init__(self, url: str) -> None:
        self.store = open_store(url)
        self.before = int(self.store.db.scalar("SELECT COUNT(*) FROM articles") or 0)
        self.lite = sqlite3.connect(url, timeout=0, isolation_level=None) if self.store.dialect == "sqlite" else None

    def writing(self) -> bool:
        """True once the writer has written (committed or not) since this watch began."""
        if int(self.store.db.scalar("SELECT COUNT(*) FROM articles") or 0) > self.before:
            return True
        if self.lite is not None:  # the write lock is taken: by the writer (or, briefly, by a reader's FTS flush)
            try:
                self.lite.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError:
                return True
            self.lite.execute("ROLLBACK")
            return False
        return self.store.db.scalar(  # a PostgreSQL backend with a transaction id has written something
            "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND backend_xid IS NOT NULL LIMIT 1") is not None

    def wait(self, proc: subprocess.Popen[bytes], limit: float = 120.0) -> float:
        """Seconds until the process began writing (or ended), polling every 5 ms."""
        t0 = time.perf_counter()
        while proc.poll() is None and not self.writing() and time.perf_counter() - t0 < limit:
            time.sleep(0.005)
        return time.perf_counter()

    def close(self) -> None:
        """Close the watch's connections."""
        self.store.close()
        if self.lite is not None:
            self.lite.close()


def kill_round(url: str, cmd: list[str], window: float, rng: random.Random, out: Outcome, tag: str) -> bool:
    """Start the ingest, wait until it writes, kill -9 it at a random moment of its writing window (True: killed)."""
    watch = Watch(url)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        began = watch.wait(proc)
        delay = rng.uniform(0.0, window)
        time.sleep(max(0.0, began + delay - time.perf_counter()))
        state = "killed" if proc.poll() is None else "finished first"
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        done = int(watch.store.db.scalar("SELECT COUNT(*) FROM articles") or 0) - watch.before
    finally:
        watch.close()
    out.counts["kills" if state == "killed" else "finished_before_kill"] += 1
    out.kills.append(f"{tag}: {state} {delay:.2f} s into writing, {done} new articles committed")
    return state == "killed"


def timed_run(url: str, cmd: list[str], out: Outcome, tag: str) -> float:
    """Run the ingest to completion; its writing window in seconds (from the first write to the exit)."""
    watch = Watch(url)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        began = watch.wait(proc)
        _, err = proc.communicate(timeout=600)
    finally:
        watch.close()
    if proc.returncode != 0 or b" 0 rejected" not in err:
        out.fail("rerun_failed", f"{tag}: exit {proc.returncode}: {err[-300:]!r}")
    return time.perf_counter() - began


def run_rounds(url: str, workdir: Path, rounds: int, per_round: int, readers: int = 2, seed: int = 11
               ) -> Outcome:
    """Round 0 ingests uninterrupted (its writing time bounds the kill delays); rounds 1..N are killed, re-run."""
    rng, out = random.Random(seed), Outcome()
    arts: list[dict[str, Any]] = []
    expected: dict[str, tuple[int, int, int]] = {}
    window = 0.0
    open_store(url).close()  # the watch needs the tables (first opens racing each other: test_store_concurrent_open)
    for rnd in range(rounds + 1):
        for _ in range(per_round):
            a = article(len(arts), rng)
            arts.append(a)
            expected[a["id"]] = (len(a["actors"]), len(a["quotes"]), len(a["events"]))
        batch = workdir / f"round{rnd}.jsonl"
        lines = [json.dumps(a, ensure_ascii=False) for a in arts]
        rng.shuffle(lines)
        batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
        commit_every = rng.choice([1, 5, 50, 1000])
        cmd, tag = ingest_cmd(batch, url, commit_every), f"round {rnd} (commit every {commit_every})"
        done = threading.Event()
        threads = [threading.Thread(target=reader, args=(url, dict(expected), done, out)) for _ in range(readers)]
        for t in threads:
            t.start()
        try:
            if rnd and not kill_round(url, cmd, window, rng, out, tag):
                window *= 0.6  # the writer was done before the kill: aim earlier in the next round
            took = timed_run(url, cmd, out, tag)
            window = window or took
        finally:
            done.set()
            for t in threads:
                t.join()
        with open_store(url) as store:
            check_store(store, expected, out, f"round {rnd}")
        out.counts["rounds"] += 1
    return out
