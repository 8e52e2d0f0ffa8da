"""Aggregate reads (sorted pages, dyads, timelines, actor networks, articles) on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kronika.store import EventFilter, Store
from kronika.store.aggregates import (
    actor_network,
    dyads,
    find_article,
    list_events,
    matches,
    period_of,
    recent_articles,
    timeline,
)

DATA = Path(__file__).resolve().parents[1] / "api" / "data" / "extractions.jsonl"


@pytest.fixture
def filled(fill_store: Callable[[Path], Store]) -> Store:
    """A store holding the hand-made extractions: an English summit, Czech sanctions, markup, an undated one."""
    return fill_store(DATA)


def test_aggregates_list_events_sorts_by_whitelisted_keys(filled: Store) -> None:
    newest = list_events(filled, EventFilter(), "-day", 3)
    assert [e["day"] for e in newest] == ["2024-07-01", "2024-06-20", "2024-06-20"]
    hostile = list_events(filled, EventFilter(), "goldstein", 2)
    assert [e["goldstein"] for e in hostile] == [-8.0, -2.0]
    friendly = list_events(filled, EventFilter(), "-goldstein", 1)
    assert friendly[0]["type"] == "AGREE" and friendly[0]["seq"] == 1
    with pytest.raises(ValueError, match="unknown sort"):
        list_events(filled, EventFilter(), "day; DROP TABLE events")


def test_aggregates_list_events_pages_without_overlap(filled: Store) -> None:
    everything = [e["event_id"] for e in list_events(filled, EventFilter(), "day", 100)]
    paged = [e["event_id"] for off in range(0, 7, 2) for e in list_events(filled, EventFilter(), "day", 2, off)]
    assert paged == everything and len(everything) == 7


def test_aggregates_dyads_count_by_quad_class_and_say_what_was_dropped(filled: Store) -> None:
    res = dyads(filled, EventFilter())
    pairs = {(d["source"]["code"], d["target"]["code"]): d for d in res["dyads"]}
    top = res["dyads"][0]
    assert (top["source"]["code"], top["target"]["code"]) == ("RUSGOV", "CHNGOV")
    assert top["counts"] == {"1": 2, "2": 0, "3": 0, "4": 0} and top["cooperation"] == 2
    assert top["goldstein_mean"] == 4.5
    assert pairs[("IGOEU", "RUS")]["counts"]["4"] == 1 and pairs[("IGOEU", "RUS")]["conflict"] == 1
    assert res["dropped"]["events"] == 1  # the undated talks have no coded source or target
    only_conflict = dyads(filled, EventFilter(quad=3))
    assert {(d["source"]["code"], d["target"]["code"]) for d in only_conflict["dyads"]} == {("RUS", "IGOEU"),
                                                                                            ("UKR", "RUS")}


def test_aggregates_timeline_buckets_days_weeks_and_months(filled: Store) -> None:
    week = timeline(filled, EventFilter(actor="RUS"), "week")
    by = {p["period"]: p for p in week["periods"]}
    assert by["2024-06-10"]["label"] == "2024-W24" and by["2024-06-10"]["cooperation"] == 2
    assert by["2024-06-17"]["total"] == 3 and by["2024-06-17"]["conflict"] == 2  # visit + sanction + accusation
    assert by["2024-06-17"]["until"] == "2024-06-23"
    assert [p["period"] for p in week["periods"]] == ["2024-06-10", "2024-06-17", "2024-06-24", "2024-07-01"]
    assert by["2024-06-24"]["total"] == 0 and by["2024-06-24"]["goldstein_mean"] is None
    day = timeline(filled, EventFilter(), "day")
    assert day["dropped"][0]["events"] == 1  # the undated article
    month = timeline(filled, EventFilter(), "month")
    assert [(p["period"], p["total"]) for p in month["periods"]] == [("2024-06", 5), ("2024-07", 1)]


def test_aggregates_period_of_skips_coarse_dates() -> None:
    assert period_of("2024-06-19", "week") == "2024-06-17"
    assert period_of("2024-06", "day") is None and period_of("2024-06", "month") == "2024-06"
    assert period_of("2024", "month") is None


def test_aggregates_actor_network_splits_directions(filled: Store) -> None:
    net = actor_network(filled, "RUS")
    partners = {p["code"]: p for p in net["partners"]}
    assert partners["CHNGOV"]["out"]["total"] == 2 and partners["CHNGOV"]["in"]["total"] == 0
    assert partners["IGOEU"]["in"]["conflict"] == 1 and partners["IGOEU"]["out"]["conflict"] == 1
    assert partners["UKR"]["in"]["counts"]["3"] == 1
    by_name = actor_network(filled, "Xi Jinping")
    assert [p["code"] for p in by_name["partners"]] == ["RUSGOV"] and by_name["partners"][0]["in"]["total"] == 2


def test_aggregates_matches_like_the_event_filter() -> None:
    assert matches("RUS", "RUSGOV", "Vladimir Putin") and matches("rus", "RUSGOV", None)
    assert matches("Vladimir Putin", "RUSGOV", "Vladimir Putin") and not matches("UKR", "RUSGOV", "x")


def test_aggregates_find_article_by_id_or_hash(filled: Store) -> None:
    art = find_article(filled, "cs-sankce")
    assert art is not None and art["title"] == "EU uvalila na Rusko sankce" and len(art["events"]) == 2
    same = find_article(filled, art["hash"])
    assert same is not None and same["id"] == "cs-sankce"
    assert find_article(filled, "missing") is None
    listed = recent_articles(filled, 10)
    assert [a["article"] for a in listed] == ["en-markup", "cs-sankce", "en-summit", "en-undated"]
