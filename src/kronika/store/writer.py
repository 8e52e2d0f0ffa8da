"""The one writer: an article with its actors, quotes and events goes in as one transaction."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .db import DEFAULT_DB, Database, now
from .rows import (
    ACTOR_COLUMNS,
    ARTICLE_KEYS,
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    actor_row,
    content_hash,
    dumps,
    event_row,
    quote_row,
)

ARTICLE_COLUMNS = ("hash", "ext_id", "url", "title", "lang", "published", "source", "text", "status", "reason",
                   "schema", "n_actors", "n_quotes", "n_events", "sentences", "extra", "ingested_at")


def _insert(table: str, columns: Iterable[str], prefix: tuple[str, ...] = ("article_id",)) -> str:
    cols = (*prefix, *columns)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"


INSERT_ARTICLE = _insert("articles", ARTICLE_COLUMNS, ()) + " ON CONFLICT (hash) DO NOTHING RETURNING id"
INSERT_ACTOR = _insert("actors", ACTOR_COLUMNS)
INSERT_QUOTE = _insert("quotes", QUOTE_COLUMNS)
INSERT_EVENT = _insert("events", EVENT_COLUMNS)
FTS_TABLES = (("articles", "title, text"), ("quotes", "text"))


@dataclass(frozen=True)
class WriteResult:
    """What happened to one article: stored (new row id) or duplicate (already there, unchanged)."""

    status: str  # stored | duplicate
    hash: str
    article_id: int | None
    reason: str = ""


class Store:
    """The store: migrations on open, one writer method per kind of record, reads via queries.py."""

    def __init__(self, url: str = DEFAULT_DB, fts_batch: int = 1000) -> None:
        self.db = Database(url)
        self.db.migrate()
        self.fts_batch = fts_batch
        self._unindexed = 0
        self._group: tuple[int, float] | None = None  # (articles per commit, seconds per commit)
        self._group_n = 0
        self._group_t = 0.0
        self.flush_fulltext()

    @contextmanager
    def group_commits(self, every: int = 1000, seconds: float = 1.0) -> Iterator[Store]:
        """Commit every `every` articles or `seconds`; each article stays all-or-nothing (its own savepoint)."""
        # A crash loses at most the uncommitted group, which a re-run stores again.
        self._group = (max(1, every), seconds)
        try:
            yield self
        finally:
            self._group = None
            self.db.commit_group()

    def _grouped(self) -> None:
        """After one article: commit the group when it is full or old enough."""
        if self._group is None:
            return
        self._group_n += 1
        if self._group_n >= self._group[0] or time.monotonic() - self._group_t >= self._group[1]:
            self.db.commit_group()
            self._group_n = 0

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.db.dialect

    def close(self) -> None:
        """Index what is not yet in the full-text index, then close the connection."""
        try:
            self.db.commit_group()
            if self._unindexed:
                self.flush_fulltext()
        finally:
            self.db.close()

    def flush_fulltext(self) -> int:
        """SQLite: add rows stored since the last flush to the FTS5 indexes (PostgreSQL indexes on write)."""
        if self.dialect != "sqlite" or not self._fts_behind():
            return 0
        added = 0
        with self.db.transaction(immediate=True):
            for table, cols in FTS_TABLES:
                upto = int(self.db.scalar("SELECT upto FROM fts_state WHERE name = ?", (table,)))
                top = int(self.db.scalar(f"SELECT COALESCE(MAX(id), 0) FROM {table}"))
                if top > upto:
                    self.db.execute(f"INSERT INTO {table}_fts (rowid, {cols}) SELECT id, {cols} FROM {table} "
                                    "WHERE id > ? AND id <= ?", (upto, top))
                    self.db.execute("UPDATE fts_state SET upto = ? WHERE name = ?", (top, table))
                    added += top - upto
        self._unindexed = 0
        return added

    def _fts_behind(self) -> bool:
        return any(int(self.db.scalar(f"SELECT COALESCE(MAX(id), 0) FROM {table}")) >
                   int(self.db.scalar("SELECT upto FROM fts_state WHERE name = ?", (table,)))
                   for table, _ in FTS_TABLES)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def known(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are already stored."""
        hs = list(hashes)
        found: set[str] = set()
        for i in range(0, len(hs), 500):
            chunk = hs[i:i + 500]
            marks = ", ".join("?" for _ in chunk)
            found.update(r["hash"] for r in self.db.query(f"SELECT hash FROM articles WHERE hash IN ({marks})",
                                                          chunk))
        return found

    def has_url(self, url: str) -> bool:
        """True when an article with this URL is stored."""
        return self.db.scalar("SELECT 1 FROM articles WHERE url = ? LIMIT 1", (url,)) is not None

    def write(self, extraction: dict[str, Any], text: str | None = None,
              sentences: list[tuple[int, int]] | None = None) -> WriteResult:
        """Store one article and everything extracted from it, atomically; a known hash changes nothing."""
        body = text if text is not None else extraction.get("text")
        if not isinstance(body, str):
            body = ""
        h = extraction.get("hash") or article_hash({**extraction, "text": body})
        if self._group is not None and not self.db.in_group:
            self.db.begin_group()
            self._group_n, self._group_t = 0, time.monotonic()
        with self.db.transaction():
            sents = sentences if sentences is not None else extraction.get("sentences")
            rows = self.db.execute(INSERT_ARTICLE, _article_row(h, body, extraction, sents)).fetchall()
            if rows:
                aid = int(rows[0]["id"])
                self._write_children(aid, extraction)
        if not rows:  # the group may commit only after this article's savepoint is released
            self._grouped()
            return WriteResult("duplicate", h, None, "an article with the same content hash is stored")
        self._unindexed += 1
        if self._unindexed >= self.fts_batch:
            self.flush_fulltext()
        self._grouped()
        return WriteResult("stored", h, aid)

    def _write_children(self, aid: int, d: dict[str, Any]) -> None:
        self.db.executemany(INSERT_ACTOR, [(aid, *actor_row(i, a)) for i, a in enumerate(d.get("actors") or [])])
        self.db.executemany(INSERT_QUOTE, [(aid, *quote_row(i, q)) for i, q in enumerate(d.get("quotes") or [])])
        pub = d.get("published")
        self.db.executemany(INSERT_EVENT, [(aid, *event_row(i, e, pub)) for i, e in enumerate(d.get("events") or [])])

    def reject(self, item: str, reason: str) -> None:
        """Record an input item that could not become an article (counted, not duplicated)."""
        ts = now()
        with self.db.transaction():
            self.db.execute("INSERT INTO rejections (item, reason, first_seen, last_seen, times) "
                            "VALUES (?, ?, ?, ?, 1) ON CONFLICT (item, reason) DO UPDATE SET "
                            "last_seen = excluded.last_seen, times = rejections.times + 1",
                            (item, reason, ts, ts))


def article_hash(d: dict[str, Any]) -> str:
    """An article's identity: its content hash; without text, a hash of its id, url and extraction."""
    text = d.get("text")
    if isinstance(text, str) and text.strip():
        return content_hash(text)
    core = {k: d.get(k) for k in ("id", "url", "title", "published", "actors", "quotes", "events")}
    return content_hash(json.dumps(core, sort_keys=True, ensure_ascii=False))


def _article_row(h: str, body: str, d: dict[str, Any], sentences: Any) -> tuple[Any, ...]:
    pub = d.get("published")
    return (h, _str(d.get("id")), d.get("url"), d.get("title"), d.get("lang"), str(pub)[:10] if pub else None,
            d.get("source"), body, d.get("status") or "ok", d.get("reason"), d.get("schema"),
            len(d.get("actors") or []), len(d.get("quotes") or []), len(d.get("events") or []),
            dumps([[int(a), int(b)] for a, b in sentences]) if sentences else None, _article_extra(d), now())


def _article_extra(d: dict[str, Any]) -> str | None:
    rest = {k: v for k, v in d.items() if k not in ARTICLE_KEYS}
    return dumps(rest) if rest else None


def _str(v: Any) -> str | None:
    return None if v is None else str(v)
