"""Groups of articles written as one transaction: a result per article, bad ones alone, nothing partial."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kronika.store import batch as batch_module
from kronika.store import iter_articles, open_store, search, store_stats

SAMPLES = Path(__file__).parent / "data" / "extractions.jsonl"

PARTIAL = ("SELECT a.ext_id FROM articles a WHERE "
           "a.n_events <> (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) OR "
           "a.n_quotes <> (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) OR "
           "a.n_actors <> (SELECT COUNT(*) FROM actors c WHERE c.article_id = a.id)")


def samples() -> list[dict[str, Any]]:
    """Hand-made extractions of short Czech and English articles (spans point into their text)."""
    return [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]


def varied(d: dict[str, Any], n: int) -> dict[str, Any]:
    """The same extraction as a new article: a numbered line appended to its text (spans stay valid)."""
    return {**d, "id": f"{d['id']}-{n}", "text": f"{d['text']}\n\n({n})"}


def test_batch_group_gives_each_article_its_outcome(store_url: str) -> None:
    visit, sanctions, weather = samples()
    malformed = varied(sanctions, 1)
    malformed["events"] = [{**malformed["events"][0], "span": ["x", "y"]}]
    again = {**visit, "id": "same-content", "text": "  " + visit["text"] + "\n"}  # same content hash as visit
    with open_store(store_url) as store:
        assert store.write(weather).status == "stored"
        results = store.write_many([visit, malformed, sanctions, again, weather])
        assert [r.status for r in results] == ["stored", "failed", "stored", "duplicate", "duplicate"]
        assert results[1].reason.startswith("ValueError")
        assert [d["id"] for d in iter_articles(store)] == ["cs-weather", "cs-visit", "en-sanctions"]
        stats = store_stats(store)
        assert (stats["events"], stats["quotes"], stats["actors"]) == (5, 3, 8)
        assert store.db.query(PARTIAL) == []


def test_batch_roundtrip_equals_single_writes(store_url: str) -> None:
    with open_store(store_url) as store:
        assert {r.status for r in store.write_many(samples())} == {"stored"}
        got = {d["id"]: d for d in iter_articles(store)}
        store.flush_fulltext()  # group-written articles and quotes reach the full-text index too
        assert [a["article"] for a in search(store, "tramvají")["articles"]] == ["cs-weather"]
        assert [q["article"] for q in search(store, "restraint")["quotes"]] == ["en-sanctions"]
    for want in samples():
        have = got[want["id"]]
        for key in ("text", "lang", "published", "title", "url", "status", "actors", "quotes", "events"):
            assert have[key] == want[key], key


def test_batch_refused_group_is_written_article_by_article(store_url: str) -> None:
    # An actor id that is an object passes row building but no database can bind it: the group is rolled
    # back and written again one article at a time, so only that article fails, with the database's reason.
    visit, sanctions, weather = samples()
    unbindable = varied(visit, 2)
    unbindable["actors"] = [{**unbindable["actors"][0], "id": {"not": "a string"}}, *unbindable["actors"][1:]]
    with open_store(store_url) as store:
        results = store.write_many([sanctions, unbindable, weather])
        assert [r.status for r in results] == ["stored", "failed", "stored"]
        assert results[1].reason.startswith("ProgrammingError")  # sqlite3's and psycopg's: cannot bind a dict
        assert sorted(d["id"] for d in iter_articles(store)) == ["cs-weather", "en-sanctions"]
        assert store_stats(store)["actors"] == len(sanctions["actors"])
        assert store.db.query(PARTIAL) == []
        assert store.write_many([varied(visit, 3)])[0].status == "stored"  # the store goes on after it


def test_batch_hash_stored_by_another_writer_after_the_look_up_is_a_duplicate(
        store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two writers: the other one stores an article between this group's look-up and its insert. The unique
    # hash refuses the group; the article-by-article retry reports that article as a duplicate.
    visit, sanctions, _ = samples()
    with open_store(store_url) as store:
        assert store.write(visit).status == "stored"
        monkeypatch.setattr(batch_module, "known_hashes", lambda db, hashes: set())  # the look-up came too early
        results = store.write_many([sanctions, visit])
        assert [r.status for r in results] == ["stored", "duplicate"]
        assert store_stats(store)["articles"] == 2
        assert store.db.query(PARTIAL) == []


def test_batch_ids_follow_on_from_stored_articles(store_url: str) -> None:
    visit, sanctions, weather = samples()
    with open_store(store_url) as store:
        first = store.write(visit)
        [second, third] = store.write_many([sanctions, weather])
        later = store.write(varied(visit, 4))
        assert first.article_id is not None and second.article_id is not None and third.article_id is not None
        assert first.article_id < second.article_id < third.article_id < (later.article_id or 0)
        rows = store.db.query("SELECT a.ext_id, COUNT(e.id) AS n FROM articles a LEFT JOIN events e "
                              "ON e.article_id = a.id GROUP BY a.ext_id ORDER BY a.ext_id")
    assert {r["ext_id"]: r["n"] for r in rows} == {"cs-visit": 3, "cs-visit-4": 3, "cs-weather": 0,
                                                   "en-sanctions": 2}
