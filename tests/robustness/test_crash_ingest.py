"""kill -9 during `kronika ingest` at seeded random points, with readers querying: after each re-run every article
is stored once and whole, the full-text index finds each one, and no reader ever failed or saw half an article."""

from __future__ import annotations

import random
from pathlib import Path

from crash_rounds import Outcome, article, check_store, run_rounds

from kronika.store import open_store


def test_crash_ingest_kill9_rounds_lose_and_split_nothing(store_url: str, tmp_path: Path) -> None:
    out = run_rounds(store_url, tmp_path, rounds=3, per_round=40, readers=2, seed=5)
    assert out.problems == [], "\n".join(out.problems + out.kills)
    assert out.counts["rounds"] == 4 and out.counts["reads"] > 10
    assert out.counts["kills"] + out.counts["finished_before_kill"] == 3 and out.counts["kills"] >= 2, out.kills
    assert out.counts["articles_checked"] == 40 + 80 + 120 + 160


def test_crash_ingest_check_flags_lost_partial_and_unindexed_articles(tmp_path: Path) -> None:
    url = str(tmp_path / "k.db")
    rng = random.Random(1)
    arts = [article(i, rng) for i in range(4)]
    expected = {a["id"]: (len(a["actors"]), len(a["quotes"]), len(a["events"])) for a in arts}
    with open_store(url) as store:
        for a in arts[:3]:
            store.write(a)
        store.db.execute("DELETE FROM events WHERE article_id = (SELECT id FROM articles WHERE ext_id = ?)",
                         (arts[0]["id"],))
        store.db.execute("UPDATE fts_state SET upto = 1 WHERE name = 'articles'")
        out = Outcome()
        check_store(store, expected, out, "planted")
    assert out.counts["data_lost"] == 1 and out.counts["partial_articles"] == 1 and out.counts["fts_inconsistent"]
