"""The one writer: an article with its actors, quotes and events, or a group of articles, goes in as one transaction."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .batch import ARTICLE_COLUMNS, Rows, article_rows, insert_group, known_hashes
from .db import DEFAULT_DB, Database, now
from .rows import ACTOR_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS, content_hash


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
    """What happened to one article: stored (new row id), duplicate (already there), failed (with the reason)."""

    status: str  # stored | duplicate | failed
    hash: str
    article_id: int | None
    reason: str = ""


DUPLICATE = "an article with the same content hash is stored"


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
        return known_hashes(self.db, list(hashes))

    def has_url(self, url: str) -> bool:
        """True when an article with this URL is stored."""
        return self.db.scalar("SELECT 1 FROM articles WHERE url = ? LIMIT 1", (url,)) is not None

    def write(self, extraction: dict[str, Any], text: str | None = None,
              sentences: list[tuple[int, int]] | None = None) -> WriteResult:
        """Store one article and everything extracted from it, atomically; a known hash changes nothing."""
        return self._write_one(self.rows(extraction, text, sentences))  # a malformed article fails before SQL

    def _write_one(self, rows: Rows) -> WriteResult:
        if self._group is not None and not self.db.in_group:
            self.db.begin_group()
            self._group_n, self._group_t = 0, time.monotonic()
        with self.db.transaction():
            got = self.db.execute(INSERT_ARTICLE, rows.article).fetchall()
            if got:
                aid = int(got[0]["id"])
                self.db.executemany(INSERT_ACTOR, [(aid, *r) for r in rows.actors])
                self.db.executemany(INSERT_QUOTE, [(aid, *r) for r in rows.quotes])
                self.db.executemany(INSERT_EVENT, [(aid, *r) for r in rows.events])
        if not got:  # the group may commit only after this article's savepoint is released
            self._grouped()
            return WriteResult("duplicate", rows.hash, None, DUPLICATE)
        self._indexed_later(1)
        self._grouped()
        return WriteResult("stored", rows.hash, aid)

    @staticmethod
    def rows(extraction: dict[str, Any], text: str | None = None, sentences: Any = None) -> Rows:
        """The table rows of one article; raises (ValueError, TypeError) when the extraction is malformed."""
        body = text if text is not None else extraction.get("text")
        if not isinstance(body, str):
            body = ""
        h = extraction.get("hash") or article_hash({**extraction, "text": body})
        sents = sentences if sentences is not None else extraction.get("sentences")
        return article_rows(h, body, extraction, sents, now())

    def write_many(self, extractions: Sequence[dict[str, Any]]) -> list[WriteResult]:
        """Store a group of articles as one transaction (one bulk insert per table); a result per article.

        A malformed article fails alone (status 'failed', with the reason) before the database is touched.
        """
        results: list[WriteResult | None] = []
        good: list[Rows] = []
        for d in extractions:
            try:
                good.append(self.rows(d))
                results.append(None)
            except Exception as exc:  # e.g. a span that is not two numbers: this article only
                results.append(WriteResult("failed", str(d.get("hash") or ""), None, why(exc)))
        written = iter(self.write_rows(good))
        return [r or next(written) for r in results]

    def write_rows(self, group: Sequence[Rows]) -> list[WriteResult]:
        """Store articles built by `rows` as one transaction, one bulk insert per table; a result per article.

        If the database refuses the group, it is rolled back and written again article by article, each in
        its own savepoint: a bad article fails alone (status 'failed', with the reason), nothing partial stays.
        """
        if not group:
            return []
        first: dict[str, int] = {}
        for i, rows in enumerate(group):
            first.setdefault(rows.hash, i)
        unique = [group[i] for i in first.values()]
        try:
            with self.db.transaction(immediate=True):
                ids = dict(zip(first, insert_group(self.db, unique), strict=True))
        except Exception:  # the database refused the group: find the culprit article by article
            return self._one_by_one(group)
        self._indexed_later(sum(aid is not None for aid in ids.values()))
        return [WriteResult("stored", r.hash, ids[r.hash]) if first[r.hash] == i and ids[r.hash] is not None
                else WriteResult("duplicate", r.hash, None, DUPLICATE) for i, r in enumerate(group)]

    def _one_by_one(self, group: Sequence[Rows]) -> list[WriteResult]:
        """The slow path: each article of a refused group in its own savepoint, the group still one commit."""
        opened = not self.db.in_group and not self.db.depth
        if opened:
            self.db.begin_group()
        try:
            return [self._write_alone(rows) for rows in group]
        finally:
            if opened:
                self.db.commit_group()

    def _write_alone(self, rows: Rows) -> WriteResult:
        try:
            return self._write_one(rows)
        except Exception as exc:  # rolled back to its savepoint: nothing of this article is stored
            return WriteResult("failed", rows.hash, None, why(exc))

    def _indexed_later(self, n: int) -> None:
        """Count rows the full-text index lacks; index them once a batch of fts_batch has gathered."""
        self._unindexed += n
        if self._unindexed >= self.fts_batch:
            self.flush_fulltext()

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


def why(exc: Exception) -> str:
    """An exception as a rejection reason: its type and message."""
    return f"{type(exc).__name__}: {exc}"
