"""The in-memory event index answers exactly like the store's SQL: same events, same order, same count."""

from __future__ import annotations

import random
from typing import Any

from kronika.api.event_index import EventIndex, dyad_table, handles, page
from kronika.store import EventFilter, Store, count_events, open_store
from kronika.store.aggregates import SORTS, dyads, list_events

CODES = ["RUS", "RUSGOV", "RUSMIL", "UKR", "UKRGOV", "USA", "USAGOV", "CHN", "IGOUNO", "PRK", None]
NAMES = {"RUS": "Rusko", "RUSGOV": "Vladimir Putin", "RUSMIL": "ruská armáda", "UKR": "Ukraine",
         "UKRGOV": "Volodymyr Zelensky", "USA": "United States", "USAGOV": "Joe Biden", "CHN": "China",
         "IGOUNO": "United Nations", "PRK": "North Korea", None: "unknown ministers"}
TYPES = [("CONSULT", 1, 1.0), ("AGREE", 1, 8.0), ("AID", 2, 7.4), ("ACCUSE", 3, -2.0), ("ASSAULT", 4, -9.0),
         ("SANCTION", 4, None)]


def _arg(rng: random.Random) -> dict[str, Any] | None:
    code = rng.choice(CODES)
    if code is None and rng.random() < 0.5:
        return None
    return {"code": code, "name": NAMES[code], "text": "x", "span": [0, 1]}


def _fill(store: Store, articles: int = 120, seed: int = 3) -> None:
    rng = random.Random(seed)
    for a in range(articles):
        published = rng.choice([None, f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
        events = []
        for _ in range(rng.randint(0, 6)):
            etype, quad, gold = rng.choice(TYPES)
            date = rng.choice([None, "2024-06", f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
            events.append({"type": etype, "cameo": "010", "goldstein": gold, "quad_class": quad,
                           "source": _arg(rng), "target": _arg(rng), "date": date,
                           "attributed_to": _arg(rng) if rng.random() < 0.3 else None,
                           "span": [0, 1], "trigger": "x", "sentence": 0})
        store.write({"id": f"a{a}", "text": f"Article {a}.", "published": published, "events": events,
                     "actors": [], "quotes": []})


def _filters(rng: random.Random, n: int) -> list[EventFilter]:
    values = [c for c in CODES if c] + ["RU", "RUSG", "Vladimir Putin", "China", "unknown ministers", "nobody"]
    out = [EventFilter()]
    for _ in range(n):
        kw: dict[str, Any] = {}
        if rng.random() < 0.4:
            kw["actor"] = rng.choice(values)
        if rng.random() < 0.2:
            kw["dyad"] = (rng.choice(values), rng.choice(values))
        if rng.random() < 0.2:
            kw["attributed_to"] = rng.choice(values)
        if rng.random() < 0.3:
            kw["type"] = rng.choice([t for t, _, _ in TYPES] + ["consult"])
        if rng.random() < 0.3:
            kw["quad"] = rng.randint(1, 4)
        if rng.random() < 0.3:
            kw["since"] = rng.choice(["2024", "2024-03", "2024-06-15", "2024-06"])
        if rng.random() < 0.3:
            kw["until"] = rng.choice(["2024-06", "2024-09-30", "2024-02"])
        out.append(EventFilter(**kw))
    return out


def test_event_index_matches_sql_on_random_filters(store_url: str) -> None:
    rng = random.Random(9)
    with open_store(store_url) as store:
        _fill(store)
        index = EventIndex()
        snap = index.refresh(store)
        for f in _filters(rng, 80):
            assert handles(f)
            sort = rng.choice(list(SORTS))
            offset = rng.choice([0, 0, 5])
            ids, total = page(snap, f, sort, 10, offset)
            want = [e["event_id"] for e in list_events(store, f, sort, 10, offset)]
            assert (ids, total) == (want, count_events(store, f)), (f, sort, offset)


def test_event_index_follows_new_articles_and_leaves_text_to_sql(store_url: str) -> None:
    with open_store(store_url) as store:
        _fill(store, articles=10)
        index = EventIndex()
        before = len(index.refresh(store).ids)
        _fill(store, articles=20, seed=4)  # a0..a9 again are duplicates (same text); a10..a19 are new
        snap = index.refresh(store)
        assert len(snap.ids) == count_events(store, EventFilter()) > before
        assert snap is index.refresh(store)  # nothing new: the same snapshot
    assert not handles(EventFilter(text="Article")) and not handles(EventFilter(article="a1"))


def test_event_index_dyads_match_sql(store_url: str) -> None:
    rng = random.Random(12)
    with open_store(store_url) as store:
        _fill(store)
        snap = EventIndex().refresh(store)
        for f in _filters(rng, 25):
            got, want = dyad_table(snap, f, 15), dyads(store, f, 15)
            for d in (*got["dyads"], *want["dyads"]):
                d["goldstein_mean"] = None if d["goldstein_mean"] is None else round(d["goldstein_mean"], 2)
            assert got == want, f
