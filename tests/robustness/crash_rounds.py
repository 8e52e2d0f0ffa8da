"""kill -9 at random points of `kronika ingest`, round after round, with readers querying the store meanwhile.

Each round writes a batch (every article of the earlier rounds plus new ones, shuffled), starts
`kronika ingest --precomputed` on it, kills the process with SIGKILL after a seeded random delay, runs the
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


def stored_ids(url: str) -> int:
    """Articles committed so far."""
    with open_store(url) as store:
        return int(store.db.scalar("SELECT COUNT(*) FROM articles") or 0)


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


def run_rounds(url: str, workdir: Path, rounds: int, per_round: int, readers: int = 2, seed: int = 11
               ) -> Outcome:
    """Round 0 ingests uninterrupted (its time bounds the kill delays); rounds 1..N are killed, re-run, checked."""
    rng, out = random.Random(seed), Outcome()
    arts: list[dict[str, Any]] = []
    expected: dict[str, tuple[int, int, int]] = {}
    full = 0.0
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
        done = threading.Event()
        threads = [threading.Thread(target=reader, args=(url, dict(expected), done, out)) for _ in range(readers)]
        for t in threads:
            t.start()
        try:
            if rnd:
                before = stored_ids(url)
                proc = subprocess.Popen(ingest_cmd(batch, url, commit_every), stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
                delay = rng.uniform(0.0, full)
                time.sleep(delay)
                state = "killed" if proc.poll() is None else "finished first"
                if proc.poll() is None:
                    os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                after = stored_ids(url)
                out.counts["kills" if state == "killed" else "finished_before_kill"] += 1
                out.kills.append(f"round {rnd}: {state} at {delay:.2f} s (commit every {commit_every}), "
                                 f"{after - before} of {per_round} new articles committed")
            t0 = time.perf_counter()
            rerun = subprocess.run(ingest_cmd(batch, url, commit_every), capture_output=True, text=True, timeout=600)
            if not rnd:
                full = time.perf_counter() - t0
            if rerun.returncode != 0 or " 0 rejected" not in rerun.stderr:
                out.fail("rerun_failed", f"round {rnd}: exit {rerun.returncode}: {rerun.stderr[-300:]}")
        finally:
            done.set()
            for t in threads:
                t.join()
        with open_store(url) as store:
            check_store(store, expected, out, f"round {rnd}")
        out.counts["rounds"] += 1
    return out
