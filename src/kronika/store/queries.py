"""Reads: the query functions the CLI, exports and a future HTTP API all call (one data path)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .rows import actor_out, event_out, quote_out
from .writer import Store

_WORD = re.compile(r"[^\W_]+")  # letters and digits, as FTS5 unicode61 cuts them: "pg_sleep" is two words
_CODE = re.compile(r"^[A-Za-z0-9]{3,}$")


@dataclass(frozen=True)
class EventFilter:
    """Which events to return; every field left None matches everything."""

    actor: str | None = None  # source or target: CAMEO code prefix ("RUS" matches RUSGOV) or canonical name
    dyad: tuple[str, str] | None = None  # (source, target), directed, each matched like `actor`
    type: str | None = None  # PLOVER type, e.g. CONSULT
    quad: int | None = None  # quad class 1-4
    since: str | None = None  # event date (or article date when the event has none) >= since
    until: str | None = None  # ... <= until (a prefix: "2024-06" includes the whole month)
    text: str | None = None  # articles whose text contains all these words
    attributed_to: str | None = None  # who the event is attributed to, matched like `actor`
    article: str | None = None  # the article's own id


def code_range(value: str) -> tuple[str, str] | None:
    """The [low, high) code range a filter value selects as a code prefix ("RUS" -> RUS..RUT); None: names only."""
    if not _CODE.match(value):
        return None
    lo = value.upper()
    return lo, lo[:-1] + chr(ord(lo[-1]) + 1)


def _role(prefix: str, value: str, params: list[Any]) -> str:
    """SQL matching one role's columns (`prefix`_code, `prefix`_name): code prefix range or exact name."""
    rng = code_range(value)
    if rng is None:
        params.append(value)
        return f"({prefix}_name = ?)"
    params.extend((*rng, value))
    return f"(({prefix}_code >= ? AND {prefix}_code < ?) OR {prefix}_name = ?)"


def fts_terms(text: str) -> list[str]:
    """The words of a search string (all must match)."""
    return _WORD.findall(text)


def _fts_query(store: Store, words: list[str]) -> str:
    """The full-text query parameter for words that must all occur, in the store's dialect."""
    if store.dialect == "sqlite":  # FTS5: each word a quoted phrase (never an operator); no words match nothing
        store.flush_fulltext()  # bring SQLite's index up to date first
        return " ".join(f'"{w}"' for w in words) or '""'
    return " ".join(words)


def _fts_match(store: Store, table: str, text: str, params: list[Any]) -> str:
    """SQL selecting ids of `table` rows (articles: title or text; quotes: text) with every word of `text`."""
    params.append(_fts_query(store, fts_terms(text)))
    if store.dialect == "sqlite":
        return f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?"
    return f"SELECT id FROM {table} WHERE tsv @@ plainto_tsquery('simple', ?)"


def event_where(store: Store, f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (over `events e`) and its parameters for a filter; values only ever go in as parameters."""
    params: list[Any] = []
    where: list[str] = []
    if f.actor:
        where.append(f"({_role('e.source', f.actor, params)} OR {_role('e.target', f.actor, params)})")
    if f.dyad:
        where.append(_role("e.source", f.dyad[0], params))
        where.append(_role("e.target", f.dyad[1], params))
    if f.attributed_to:
        where.append(_role("e.att", f.attributed_to, params))
    if f.type:
        where.append("e.type = ?")
        params.append(f.type.upper())
    if f.quad is not None:
        where.append("e.quad_class = ?")
        params.append(int(f.quad))
    if f.since:
        where.append("e.day >= ?")
        params.append(f.since)
    if f.until:
        where.append("e.day < ?")
        params.append(f.until + "\uffff")
    if f.text:
        where.append(f"e.article_id IN ({_fts_match(store, 'articles', f.text, params)})")
    if f.article:
        where.append("e.article_id IN (SELECT id FROM articles WHERE ext_id = ?)")
        params.append(f.article)
    return (" WHERE " + " AND ".join(where)) if where else "", params


EVENT_SELECT = ("SELECT e.*, a.ext_id AS article, a.url AS url, a.published AS published, a.title AS title, "
                "a.ingested_at AS ingested_at, a.hash AS article_hash "
                "FROM events e JOIN articles a ON a.id = e.article_id")


def event_dict(r: dict[str, Any]) -> dict[str, Any]:
    """A contract event from an EVENT_SELECT row, with its id and its article's id, url and dates."""
    return {"event_id": r["id"], "article": r["article"], "url": r["url"], "published": r["published"],
            "day": r["day"], **event_out(r)}


def find_events(store: Store, f: EventFilter, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Events matching the filter, newest first, each with its article's id, url and date.

    With a limit, the page's ids come first from the (day-covering) indexes alone, then only those rows are read.
    """
    where, params = event_where(store, f)
    order = " ORDER BY e.day DESC NULLS LAST, e.id DESC"  # both dialects: undated events last
    if limit is None:
        return [event_dict(r) for r in store.db.query(f"{EVENT_SELECT}{where}{order}", params)]
    return [event_dict(r) for r in event_page(store, where, params, order, limit, offset)]


def event_page(store: Store, where: str, params: list[Any], order: str, limit: int, offset: int
               ) -> list[dict[str, Any]]:
    """Event rows of one page: ids from the (day-covering) indexes first, then only those rows are read."""
    # `where` and `order` are SQL built here (event_where, fixed orderings), never user text.
    ids = [r["id"] for r in store.db.query(f"SELECT e.id FROM events e{where}{order} LIMIT ? OFFSET ?",
                                           [*params, int(limit), int(offset)])]
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return store.db.query(f"{EVENT_SELECT} WHERE e.id IN ({marks}){order}", ids)


def iter_events(store: Store, f: EventFilter | None = None) -> Iterator[dict[str, Any]]:
    """All matching events in storage order, streamed (for exports), with article fields."""
    where, params = event_where(store, f or EventFilter())
    for r in store.db.stream(f"{EVENT_SELECT}{where} ORDER BY e.id", params):
        yield {**event_dict(r), "title": r["title"], "ingested_at": r["ingested_at"],
               "article_hash": r["article_hash"], "seq": r["seq"]}


def count_events(store: Store, f: EventFilter) -> int:
    """How many events match the filter."""
    where, params = event_where(store, f)
    return int(store.db.scalar(f"SELECT COUNT(*) FROM events e{where}", params) or 0)


def find_quotes(store: Store, speaker: str | None = None, text: str | None = None,
                limit: int | None = 100) -> list[dict[str, Any]]:
    """Quotes, optionally by speaker (code prefix or canonical name) and containing all words of `text`."""
    params: list[Any] = []
    where: list[str] = []
    if speaker:
        where.append(_role("q.speaker", speaker, params))
    if text:
        where.append(f"q.id IN ({_fts_match(store, 'quotes', text, params)})")
    sql = ("SELECT q.*, a.ext_id AS article, a.url AS url, a.published AS published FROM quotes q "
           "JOIN articles a ON a.id = q.article_id")
    sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.published DESC NULLS LAST, q.id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [{"quote_id": r["id"], "article": r["article"], "url": r["url"], "published": r["published"],
             **quote_out(r)} for r in store.db.query(sql, params)]


def search(store: Store, text: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Full-text search: articles (best first, with a snippet) and quotes containing all the words."""
    words = fts_terms(text)
    if not words:
        return {"articles": [], "quotes": []}
    q = _fts_query(store, words)
    if store.dialect == "sqlite":
        arts = store.db.query(
            "SELECT a.ext_id AS article, a.title, a.url, a.published, "
            "snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet FROM articles_fts "
            "JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (q, limit))
    else:
        arts = store.db.query(
            "SELECT a.ext_id AS article, a.title, a.url, a.published, ts_headline('simple', a.text, q, "
            "'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet "
            "FROM articles a, plainto_tsquery('simple', ?) q WHERE a.tsv @@ q "
            "ORDER BY ts_rank(a.tsv, q) DESC, a.id LIMIT ?", (q, limit))
    return {"articles": arts, "quotes": find_quotes(store, text=text, limit=limit)}


def actor_stats(store: Store, limit: int | None = 100, actor: str | None = None) -> list[dict[str, Any]]:
    """Canonical actors across articles: articles and mentions counted, first and last seen."""
    params: list[Any] = []
    where = ""
    if actor:
        where = " WHERE " + _role("ac.actor", actor, params)
    sql = ("SELECT ac.actor_code AS code, ac.actor_name AS name, MIN(ac.kind) AS kind, "
           "COUNT(DISTINCT ac.article_id) AS articles, SUM(ac.n_mentions) AS mentions, "
           "MIN(a.published) AS first_seen, MAX(a.published) AS last_seen "
           f"FROM (SELECT code AS actor_code, name AS actor_name, kind, article_id, n_mentions FROM actors) ac "
           f"JOIN articles a ON a.id = ac.article_id{where} GROUP BY ac.actor_code, ac.actor_name "
           "ORDER BY COUNT(DISTINCT ac.article_id) DESC, SUM(ac.n_mentions) DESC, ac.actor_name")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [{**r, "mentions": int(r["mentions"] or 0), "articles": int(r["articles"])}
            for r in store.db.query(sql, params)]


def iter_articles(store: Store, include_text: bool = True) -> Iterator[dict[str, Any]]:
    """Every stored article as the JSON contract (plus text and hash), in storage order."""
    for a in store.db.stream("SELECT * FROM articles ORDER BY id"):
        yield article_dict(store, a, include_text)


def article_dict(store: Store, a: dict[str, Any], include_text: bool = True) -> dict[str, Any]:
    """One article row with its actors, quotes and events, as the JSON contract."""
    aid = a["id"]
    actors = [actor_out(r) for r in store.db.query("SELECT * FROM actors WHERE article_id = ? ORDER BY seq", (aid,))]
    quotes = [quote_out(r) for r in store.db.query("SELECT * FROM quotes WHERE article_id = ? ORDER BY seq", (aid,))]
    events = [event_out(r) for r in store.db.query("SELECT * FROM events WHERE article_id = ? ORDER BY seq", (aid,))]
    d: dict[str, Any] = {"schema": a["schema"], "id": a["ext_id"], "lang": a["lang"], "published": a["published"],
                         "title": a["title"], "url": a["url"], "status": a["status"], "actors": actors,
                         "quotes": quotes, "events": events}
    if a["status"] != "ok":
        d["reason"] = a["reason"]
    if a["source"]:
        d["source"] = a["source"]
    if include_text:
        d["text"], d["hash"] = a["text"], a["hash"]
        if a["sentences"]:
            d["sentences"] = json.loads(a["sentences"])
    return d


def store_stats(store: Store) -> dict[str, int]:
    """Row counts of the main tables."""
    tables = ("articles", "actors", "quotes", "events", "rejections")
    return {t: int(store.db.scalar(f"SELECT COUNT(*) FROM {t}") or 0) for t in tables}
