"""Aggregate reads for the API and web pages: sorted event pages, dyads, timelines, actor networks, articles."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

# The event filter's SQL and row shape are the store's own (one definition of what a filter means).
from .queries import EVENT_SELECT, EventFilter, article_dict, code_range, event_dict, event_page, event_where
from .writer import Store

QUADS = (1, 2, 3, 4)
COOPERATION = (1, 2)  # verbal and material cooperation
CONFLICT = (3, 4)  # verbal and material conflict

# Whitelisted orderings: user input picks a key, never SQL text. Missing days and scores sort last on both dialects.
SORTS = {
    "-day": "e.day DESC NULLS LAST, e.id DESC",
    "day": "e.day ASC NULLS LAST, e.id ASC",
    "-goldstein": "e.goldstein DESC NULLS LAST, e.id DESC",
    "goldstein": "e.goldstein ASC NULLS LAST, e.id ASC",
    "type": "e.type ASC, e.day DESC NULLS LAST, e.id DESC",
    "-type": "e.type DESC, e.day DESC NULLS LAST, e.id DESC",
}
BUCKETS = ("day", "week", "month")
UNCODED = "source or target has no actor code"  # why a dyad table leaves an event out
MAX_FILLED_PERIODS = 2000  # longer timelines list only the periods that have events
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


def list_events(store: Store, f: EventFilter, sort: str = "-day", limit: int = 50, offset: int = 0
                ) -> list[dict[str, Any]]:
    """One page of events matching the filter in a whitelisted order (see SORTS), each with its seq in the article.

    Like find_events: the page's ids come from the indexes first, then only those rows are read.
    """
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (known: {', '.join(SORTS)})")
    where, params = event_where(store, f)
    rows = event_page(store, where, params, f" ORDER BY {SORTS[sort]}", limit, offset)
    return [{**event_dict(r), "seq": r["seq"]} for r in rows]


def events_by_ids(store: Store, ids: list[int]) -> list[dict[str, Any]]:
    """Events (with article fields and seq) by id, in the order of `ids`."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = {r["id"]: r for r in store.db.query(f"{EVENT_SELECT} WHERE e.id IN ({marks})", ids)}
    return [{**event_dict(rows[i]), "seq": rows[i]["seq"]} for i in ids if i in rows]


def count_upto(store: Store, f: EventFilter, cap: int) -> tuple[int, bool]:
    """How many events match, counting at most `cap` (True when there are more): broad filters stay cheap."""
    where, params = event_where(store, f)
    n = int(store.db.scalar(f"SELECT COUNT(*) FROM (SELECT 1 FROM events e{where} LIMIT ?) m", [*params, cap + 1])
            or 0)
    return min(n, cap), n > cap


def _quad_rows(store: Store, f: EventFilter, keys: str) -> list[dict[str, Any]]:
    """Event counts and Goldstein sums grouped by `keys` (fixed column lists, never user input) and quad class."""
    where, params = event_where(store, f)
    sql = (f"SELECT {keys}, e.quad_class AS quad, COUNT(*) AS n, SUM(e.goldstein) AS gsum, "
           f"COUNT(e.goldstein) AS gn FROM events e{where} "
           f"GROUP BY {keys}, e.quad_class")
    return store.db.query(sql, params)


def _tally() -> dict[str, Any]:
    return {"counts": {str(q): 0 for q in QUADS}, "total": 0, "gsum": 0.0, "gn": 0}


def _add(t: dict[str, Any], r: dict[str, Any]) -> None:
    n = int(r["n"])
    if r["quad"] in QUADS:
        t["counts"][str(r["quad"])] += n
    t["total"] += n
    t["gsum"] += float(r["gsum"] or 0.0)
    t["gn"] += int(r["gn"] or 0)


def _finish(t: dict[str, Any]) -> dict[str, Any]:
    """Counts by quad class, cooperation and conflict sums, mean Goldstein (None without scores)."""
    gsum, gn = t.pop("gsum"), t.pop("gn")
    c = t["counts"]
    t["cooperation"] = sum(c[str(q)] for q in COOPERATION)
    t["conflict"] = sum(c[str(q)] for q in CONFLICT)
    t["goldstein_mean"] = round(gsum / gn, 3) if gn else None
    return t


def dyads(store: Store, f: EventFilter, limit: int = 100) -> dict[str, Any]:
    """Directed source->target pairs of actor codes with event counts by quad class, most events first."""
    rows = _quad_rows(store, f, "e.source_code, e.target_code")
    names = _code_names(store, f)
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    uncoded = 0
    for r in rows:
        if not r["source_code"] or not r["target_code"]:
            uncoded += int(r["n"])
            continue
        key = (r["source_code"], r["target_code"])
        if key not in pairs:
            pairs[key] = {"source": {"code": key[0], "name": names.get(key[0])},
                          "target": {"code": key[1], "name": names.get(key[1])}, **_tally()}
        _add(pairs[key], r)
    out = sorted((_finish(p) for p in pairs.values()), key=lambda p: (-p["total"], p["source"]["code"],
                                                                       p["target"]["code"]))
    return {"dyads": out[:limit], "total_dyads": len(out),
            "dropped": {"events": uncoded, "reason": UNCODED}}


def _code_names(store: Store, f: EventFilter) -> dict[str, str]:
    """The most frequent canonical name of each source/target code among the filtered events (ties: first name)."""
    where, params = event_where(store, f)
    counts: dict[tuple[str, str], int] = {}
    for role in ("source", "target"):
        sql = (f"SELECT e.{role}_code AS code, e.{role}_name AS name, COUNT(*) AS n FROM events e{where} "
               f"GROUP BY e.{role}_code, e.{role}_name")
        for r in store.db.query(sql, params):
            if r["code"] and r["name"]:
                counts[(r["code"], r["name"])] = counts.get((r["code"], r["name"]), 0) + int(r["n"])
    return best_names(counts)


def best_names(counts: dict[tuple[str, str], int]) -> dict[str, str]:
    """For each code, the name with the highest count (ties: the alphabetically first)."""
    best: dict[str, tuple[int, str]] = {}
    for (code, name), n in counts.items():
        have = best.get(code)
        if have is None or n > have[0] or (n == have[0] and name < have[1]):
            best[code] = (n, name)
    return {code: name for code, (_, name) in best.items()}


def period_of(day: str, bucket: str) -> str | None:
    """The period a YYYY-MM-DD (or coarser) date falls in: the day, the week's Monday, or YYYY-MM."""
    if bucket == "month":
        return day[:7] if _DAY.match(day) or _MONTH.match(day) else None
    if not _DAY.match(day):
        return None
    if bucket == "day":
        return day
    d = date.fromisoformat(day)
    return (d - timedelta(days=d.weekday())).isoformat()


def _label(period: str, bucket: str) -> str:
    if bucket != "week":
        return period
    year, week, _ = date.fromisoformat(period).isocalendar()
    return f"{year}-W{week:02d}"


def _until(period: str, bucket: str) -> str:
    """The inclusive end of a period, as an EventFilter `until` (a month is its own prefix)."""
    return (date.fromisoformat(period) + timedelta(days=6)).isoformat() if bucket == "week" else period


def _fill(periods: list[str], bucket: str) -> list[str]:
    """Every period from the first to the last, so that a chart shows gaps as zeros."""
    if not periods:
        return []
    out: list[str] = []
    cur, last = periods[0], periods[-1]
    while cur <= last and len(out) <= MAX_FILLED_PERIODS:
        out.append(cur)
        if bucket == "month":
            y, m = int(cur[:4]), int(cur[5:7])
            cur = f"{y + m // 12:04d}-{m % 12 + 1:02d}"
        else:
            cur = (date.fromisoformat(cur) + timedelta(days=7 if bucket == "week" else 1)).isoformat()
    return periods if len(out) > MAX_FILLED_PERIODS else out


def timeline(store: Store, f: EventFilter, bucket: str = "week") -> dict[str, Any]:
    """Events per day, week or month: counts by quad class, cooperation/conflict and mean Goldstein."""
    if bucket not in BUCKETS:
        raise ValueError(f"unknown bucket {bucket!r} (known: {', '.join(BUCKETS)})")
    tallies: dict[str, dict[str, Any]] = {}
    coarse = undated = 0
    for r in _quad_rows(store, f, "e.day"):
        if not r["day"]:
            undated += int(r["n"])
            continue
        p = period_of(r["day"], bucket)
        if p is None:
            coarse += int(r["n"])
            continue
        _add(tallies.setdefault(p, _tally()), r)
    periods = [{"period": p, "until": _until(p, bucket), "label": _label(p, bucket),
                **_finish(tallies.get(p) or _tally())} for p in _fill(sorted(tallies), bucket)]
    return {"bucket": bucket, "periods": periods, "dropped": [
        {"events": undated, "reason": "neither the event nor its article has a date"},
        {"events": coarse, "reason": f"date known only more coarsely than a {bucket}"}]}


def matches(value: str, code: str | None, name: str | None) -> bool:
    """Whether an actor (code, name) matches a filter value the way EventFilter does (code prefix or name)."""
    rng = code_range(value)
    return bool((rng and code and rng[0] <= code < rng[1]) or name == value)


def actor_network(store: Store, actor: str, f: EventFilter | None = None, limit: int = 30) -> dict[str, Any]:
    """The actor's partners: events it did to each (out) and each did to it (in), by quad class."""
    base = replace(f or EventFilter(), actor=actor)
    rows = _quad_rows(store, base, "e.source_code, e.source_name, e.target_code, e.target_name")
    partners: dict[str, dict[str, Any]] = {}
    for r in rows:
        src = matches(actor, r["source_code"], r["source_name"])
        tgt = matches(actor, r["target_code"], r["target_name"])
        for side, other in (("out", "target"), ("in", "source")):
            if not (src if side == "out" else tgt) or (src and tgt and side == "in"):
                continue  # an event inside the actor (RUSGOV -> RUS) counts once, as done by it
            key = r[f"{other}_code"] or r[f"{other}_name"]
            if not key:
                continue
            p = partners.setdefault(key, {"code": r[f"{other}_code"], "name": r[f"{other}_name"],
                                          "out": _tally(), "in": _tally()})
            _add(p[side], r)
    out = []
    for p in partners.values():
        p["out"], p["in"] = _finish(p["out"]), _finish(p["in"])
        p["total"] = p["out"]["total"] + p["in"]["total"]
        out.append(p)
    out.sort(key=lambda p: (-p["total"], p["code"] or "", p["name"] or ""))
    return {"actor": actor, "partners": out[:limit], "total_partners": len(out)}


def find_article(store: Store, ident: str) -> dict[str, Any] | None:
    """An article (JSON contract with text) by its own id (the newest stored under it) or content hash."""
    rows = store.db.query("SELECT * FROM articles WHERE ext_id = ? ORDER BY id DESC LIMIT 1", (ident,))
    if not rows and re.fullmatch(r"[0-9a-f]{64}", ident):
        rows = store.db.query("SELECT * FROM articles WHERE hash = ?", (ident,))
    return article_dict(store, rows[0]) if rows else None


def recent_articles(store: Store, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Articles newest first (by publication date, then storage order) with their record counts."""
    return store.db.query(
        "SELECT ext_id AS article, title, url, lang, published, status, n_actors, n_quotes, n_events "
        "FROM articles ORDER BY (published IS NULL), published DESC, id DESC LIMIT ? OFFSET ?",
        (int(limit), int(offset)))
