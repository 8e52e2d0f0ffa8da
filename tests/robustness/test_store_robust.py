"""Store robustness: duplicates inside group commits, bad items among good ones, readers during a write."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from kronika.ingest import ingest, iter_items
from kronika.store import open_store, store_stats

PARTIAL = ("SELECT COUNT(*) FROM articles a"
           " WHERE a.n_events != (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)")


def extraction(ident: str, text: str) -> dict[str, object]:
    """A minimal precomputed extraction of one article."""
    return {"id": ident, "lang": "cs", "text": text, "actors": [], "quotes": [], "events": []}


def test_store_duplicate_when_group_is_due_is_a_duplicate_not_an_error(tmp_path: Path) -> None:
    # Regression: a duplicate arriving when the group commit was due committed inside the article's
    # savepoint, whose RELEASE then failed ("no such savepoint").
    store = open_store(str(tmp_path / "k.db"))
    with store.group_commits(every=1):
        assert store.write(extraction("a", "Vláda schválila rozpočet.")).status == "stored"
        assert store.write(extraction("a", "Vláda schválila rozpočet.")).status == "duplicate"
        assert store.write(extraction("b", "Ministr odstoupil.")).status == "stored"
    assert store_stats(store)["articles"] == 2
    store.close()


def test_store_batch_with_bad_items_keeps_every_good_one_once(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    good = [f'{{"id": "g{i}", "text": "Článek číslo {i}.", "actors": [], "quotes": [], "events": []}}'
            for i in range(6)]
    bad = ["{broken", "[1]", '{"id": "x"}', "\x00"]
    batch.write_text("\n".join([good[0], bad[0], good[1], good[0], bad[1], *good[2:4], bad[2], good[1],
                                *good[4:], bad[3], good[5]]) + "\n", encoding="utf-8")
    store = open_store(str(tmp_path / "k.db"))
    first = ingest(store, iter_items([str(batch)], fetcher=None), None, progress=False, commit_every=1)
    again = ingest(store, iter_items([str(batch)], fetcher=None), None, progress=False, commit_every=1)
    ids = [r["ext_id"] for r in store.db.query("SELECT ext_id FROM articles ORDER BY ext_id")]
    assert ids == [f"g{i}" for i in range(6)]
    assert (first.stored, first.duplicates, first.rejected) == (6, 3, 4)
    assert (again.stored, again.duplicates, again.rejected) == (0, 9, 4)
    assert store_stats(store)["rejections"] == 4
    store.close()


def test_store_readers_during_ingest_see_only_whole_articles(tmp_path: Path) -> None:
    url = str(tmp_path / "k.db")
    events = [{"type": "CONSULT", "cameo": "040", "span": [0, 5], "trigger": "jednala", "sentence": 0}] * 5
    lines = [json.dumps({**extraction(f"a{i}", f"Vláda jednala {i}."), "events": events}) for i in range(300)]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store, done, seen, errors = open_store(url), threading.Event(), [], []
    ready = threading.Barrier(3, timeout=60)  # both readers have read once before the ingest starts (a loaded
    # machine could otherwise finish the ingest before a reader opened the store, and nothing would be checked)

    def read() -> None:
        reader = open_store(url)
        reads = 0
        while reads < 3 or not done.is_set():  # at least once before, and twice during or after, the ingest
            try:
                seen.append((store_stats(reader)["articles"], int(reader.db.scalar(PARTIAL) or 0)))
            except Exception as exc:  # any failure is what the test looks for
                errors.append(repr(exc))
            reads += 1
            if reads == 1:
                ready.wait()
        reader.close()

    threads = [threading.Thread(target=read) for _ in range(2)]
    for t in threads:
        t.start()
    ready.wait()
    report = ingest(store, iter_items([str(batch)], fetcher=None), None, progress=False, commit_every=7)
    done.set()
    for t in threads:
        t.join()
    assert report.stored == 300 and errors == []
    assert len(seen) > 2 and all(partial == 0 for _, partial in seen)
    stats = store_stats(store)
    assert (stats["articles"], stats["events"]) == (300, 1500)
    store.close()
