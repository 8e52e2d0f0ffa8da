"""The store on SQLite and PostgreSQL: migrations, idempotent atomic writes, queries, full-text search."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kronika.store import (
    EventFilter,
    Store,
    actor_stats,
    count_events,
    find_events,
    find_quotes,
    iter_articles,
    iter_events,
    open_store,
    search,
    store_stats,
)
from kronika.store.db import migrations

SAMPLES = Path(__file__).parent / "data" / "extractions.jsonl"


def samples() -> list[dict[str, Any]]:
    """Hand-made extractions of short Czech and English articles (spans point into their text)."""
    return [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def filled(fill_store: Callable[[Path], Store]) -> Store:
    """A store holding the three sample articles."""
    return fill_store(SAMPLES)


def test_store_migrations_recorded_once(store_url: str) -> None:
    with open_store(store_url) as store:
        assert store.db.version() == max(v for v, _, _ in migrations(store.dialect))
    with open_store(store_url) as store:
        assert store.db.migrate() == []
        assert store.db.scalar("SELECT COUNT(*) FROM schema_version") == len(migrations(store.dialect))


def test_store_roundtrip_gives_back_the_contract(filled: Store) -> None:
    got = {d["id"]: d for d in iter_articles(filled)}
    for want in samples():
        have = got[want["id"]]
        assert have["text"] == want["text"]
        for key in ("lang", "published", "title", "url", "status", "actors", "quotes", "events"):
            assert have[key] == want[key], key


def test_store_same_article_twice_changes_nothing(filled: Store) -> None:
    before = store_stats(filled)
    again = samples()[0]
    again["text"] = "  " + again["text"].replace(". ", ".\n  ") + "\n"  # same content, other whitespace
    again["id"] = "another-id"
    result = filled.write(again)
    assert result.status == "duplicate"
    assert store_stats(filled) == before


def test_store_write_is_all_or_nothing(filled: Store) -> None:
    before = store_stats(filled)
    bad = samples()[1]
    bad["text"] += " One more sentence makes it new."
    bad["events"][1]["span"] = ["x", "y"]  # the second event cannot be stored
    with pytest.raises(ValueError):
        filled.write(bad)
    assert store_stats(filled) == before
    assert filled.write({**bad, "events": bad["events"][:1]}).status == "stored"
    assert store_stats(filled)["events"] == before["events"] + 1


def test_store_group_commit_keeps_each_article_whole(store_url: str) -> None:
    good, bad, later = samples()
    bad["events"][0]["span"] = ["x", "y"]
    with open_store(store_url) as store, store.group_commits(every=100):
        assert store.write(good).status == "stored"
        with pytest.raises(ValueError):
            store.write(bad)
        assert store.write(later).status == "stored"
    with open_store(store_url) as store:
        assert [d["id"] for d in iter_articles(store)] == [good["id"], later["id"]]
        assert store_stats(store)["events"] == len(good["events"])


def test_store_events_by_actor_code_prefix_and_name(filled: Store) -> None:
    by_code = find_events(filled, EventFilter(actor="RUS"))
    assert {e["trigger"] for e in by_code} == {"přiletěl na návštěvu", "setkal", "odsoudila"}
    by_name = find_events(filled, EventFilter(actor="North Korea"))
    assert [e["type"] for e in by_name] == ["SANCTION"]
    assert count_events(filled, EventFilter(actor="prk")) == 3  # PRK and PRKGOV, any case


def test_store_events_dyad_type_quad_dates(filled: Store) -> None:
    assert [e["cameo"] for e in find_events(filled, EventFilter(dyad=("RUS", "PRK")))] == ["040", "042"]
    assert find_events(filled, EventFilter(dyad=("PRK", "RUS"))) == []
    assert {e["article"] for e in find_events(filled, EventFilter(type="disapprove"))} == {"cs-visit", "en-sanctions"}
    assert [e["type"] for e in find_events(filled, EventFilter(quad=4))] == ["SANCTION"]
    june = find_events(filled, EventFilter(since="2024-06", until="2024-06"))
    assert {e["day"] for e in june} == {"2024-06-18", "2024-06-19"}  # an undated event falls back to publication
    assert count_events(filled, EventFilter(since="2024-07-01")) == 2


def test_store_undated_events_come_last_on_both_dialects(filled: Store) -> None:
    undated = samples()[1]
    undated.update(text="Rusko odsoudilo sankce.", published=None)
    undated["events"] = [{**undated["events"][0], "date": None}]
    filled.write(undated)
    days = [e["day"] for e in find_events(filled, EventFilter())]
    assert days[-1] is None and None not in days[:-1]


def test_store_events_by_text_and_attribution(filled: Store) -> None:
    assert {e["article"] for e in find_events(filled, EventFilter(text="sanctions Friday"))} == {"en-sanctions"}
    assert find_events(filled, EventFilter(text="sanctions Praha")) == []
    att = find_events(filled, EventFilter(attributed_to="KOR"))
    assert [(e["type"], e["attributed_to"]["name"]) for e in att] == [("DISAPPROVE", "ministerstvo zahraničí")]
    assert att[0]["url"] == "https://example.org/cs-visit"


def test_store_quotes_by_speaker(filled: Store) -> None:
    qs = find_quotes(filled, speaker="CHN")
    assert {q["text"] for q in qs} == {"China did not support the measures", "We call for restraint,"}
    putin = find_quotes(filled, speaker="Vladimir Putin")
    assert [q["direct"] for q in putin] == [True]
    assert putin[0]["speaker"]["span"] == list(samples()[0]["quotes"][0]["speaker"]["span"])


def test_store_search_articles_and_quotes(filled: Store) -> None:
    res = search(filled, "tramvají")
    assert [a["article"] for a in res["articles"]] == ["cs-weather"]
    assert "[tramvají]" in res["articles"][0]["snippet"]
    res = search(filled, "restraint")
    assert [q["quote_id"] is not None for q in res["quotes"]] == [True]
    assert search(filled, "  ")["articles"] == []


def test_store_actor_stats_counts_and_dates(filled: Store) -> None:
    filled.write({**samples()[1], "text": "China said it opposed the sanctions.", "published": "2024-09-01",
                  "actors": [samples()[1]["actors"][2]], "quotes": [], "events": []})
    stats = {r["code"]: r for r in actor_stats(filled)}
    assert stats["CHN"]["articles"] == 2
    assert (stats["CHN"]["first_seen"], stats["CHN"]["last_seen"]) == ("2024-07-05", "2024-09-01")
    assert stats["RUSGOV"]["mentions"] == 1
    assert sorted(r["code"] for r in actor_stats(filled, actor="PRK")) == ["PRK", "PRK", "PRKGOV"]


def test_store_rejections_counted_not_duplicated(store_url: str) -> None:
    with open_store(store_url) as store:
        store.reject("feed.xml#3", "no text")
        store.reject("feed.xml#3", "no text")
        store.reject("feed.xml#4", "HTTP 404")
        rows = store.db.query("SELECT item, times FROM rejections ORDER BY item")
    assert [(r["item"], r["times"]) for r in rows] == [("feed.xml#3", 2), ("feed.xml#4", 1)]


def test_store_rejected_article_kept_with_reason(store_url: str) -> None:
    with open_store(store_url) as store:
        store.write({"id": "long", "text": "Text that the pipeline refused.", "status": "rejected",
                     "reason": "text longer than max_chars", "actors": [], "quotes": [], "events": []})
        [d] = list(iter_articles(store))
    assert (d["status"], d["reason"]) == ("rejected", "text longer than max_chars")


def test_store_streams_nest_and_run_inside_an_open_transaction(store_url: str) -> None:
    first, second, _ = samples()
    with open_store(store_url) as store:
        with store.db.transaction():  # PostgreSQL: the server-side cursor joins this transaction, never ends it
            assert store.write(first).status == "stored"
            n = sum(1 for _ in iter_events(store))
            nested = [sum(1 for _ in iter_events(store)) for _e in iter_events(store)]
            assert store.write(second).status == "stored"
        assert n == 3 and nested == [n] * n
        assert store_stats(store)["articles"] == 2
        assert [sum(1 for _ in iter_events(store)) for _a in iter_articles(store)] == [5, 5]  # nested, no transaction
