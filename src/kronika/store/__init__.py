"""The store: one schema with migrations over SQLite (default, WAL) or PostgreSQL (by URL), one writer."""

from __future__ import annotations

from .db import DEFAULT_DB, Database, is_postgres_url
from .queries import (
    EventFilter,
    actor_stats,
    article_dict,
    count_events,
    find_events,
    find_quotes,
    iter_articles,
    iter_events,
    search,
    store_stats,
)
from .rows import content_hash
from .writer import Store, WriteResult


def open_store(url: str = DEFAULT_DB) -> Store:
    """Open (and migrate) the store at a SQLite path or a postgresql:// URL."""
    return Store(url)


__all__ = [
    "DEFAULT_DB", "Database", "EventFilter", "Store", "WriteResult", "actor_stats", "article_dict", "content_hash",
    "count_events", "find_events", "find_quotes", "is_postgres_url", "iter_articles", "iter_events", "open_store",
    "search", "store_stats",
]
