"""kill -9 during an ingest of 5,000 precomputed articles, then re-run: each article once, none partial."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from kronika.store import Database, open_store

SAMPLES = Path(__file__).resolve().parents[1] / "store" / "data" / "extractions.jsonl"
N = 5000
INGEST = "import sys; from kronika.cli import main; sys.exit(main())"


def _write_input(path: Path) -> dict[str, dict[str, int]]:
    """5,000 distinct articles (sample texts varied by a numbered line); returns expected counts per id."""
    base = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    expected: dict[str, dict[str, int]] = {}
    with path.open("w", encoding="utf-8") as fh:
        for i in range(N):
            d: dict[str, Any] = dict(base[i % len(base)])
            d["id"] = f"{d['id']}-{i}"
            d["text"] = f"{d['text']}\n\n(Zpráva číslo {i}.)"
            expected[d["id"]] = {"n_actors": len(d["actors"]), "n_quotes": len(d["quotes"]),
                                 "n_events": len(d["events"])}
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return expected


def _run(path: Path, db: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", INGEST, "ingest", str(path), "--db", db, "--precomputed",
                             "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _count(db: str) -> int:
    """Articles committed so far, read without migrating or indexing (the ingest stays the only writer)."""
    try:
        conn = Database(db)
    except Exception:  # the database may not exist yet
        return 0
    try:
        return int(conn.scalar("SELECT COUNT(*) FROM articles") or 0)
    except Exception:  # ... or have no tables yet
        return 0
    finally:
        conn.close()


PARTIAL = ("SELECT a.ext_id FROM articles a WHERE "
           "a.n_events <> (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) OR "
           "a.n_quotes <> (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) OR "
           "a.n_actors <> (SELECT COUNT(*) FROM actors c WHERE c.article_id = a.id)")


def test_crash_kill9_then_rerun_stores_each_article_once(store_url: str, tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    expected = _write_input(path)
    proc = _run(path, store_url)
    deadline = time.monotonic() + 120
    while (seen := _count(store_url)) < 300 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    killed_at = _count(store_url)
    assert seen <= killed_at < N
    with open_store(store_url) as store:
        assert store.db.query(PARTIAL) == []  # the kill left no half-written article
    rerun = _run(path, store_url)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    assert f"{N - killed_at} stored, {killed_at} already stored, 0 rejected" in err.decode()
    with open_store(store_url) as store:
        rows = store.db.query("SELECT ext_id, n_actors, n_quotes, n_events FROM articles")
        assert store.db.query(PARTIAL) == []
        assert store.db.scalar("SELECT COUNT(DISTINCT hash) FROM articles") == N
    assert len(rows) == N
    assert {r["ext_id"]: {k: r[k] for k in ("n_actors", "n_quotes", "n_events")} for r in rows} == expected
