"""Server settings: which store, who may write, how big a request may be."""

from __future__ import annotations

from dataclasses import dataclass

from ..store import DEFAULT_DB


@dataclass(frozen=True)
class ServeConfig:
    """Named settings of the HTTP server with safe defaults (no writes, no CORS)."""

    db: str = DEFAULT_DB  # SQLite path or postgresql:// URL
    token: str | None = None  # bearer token for writes (POST /api/articles); None: writes are refused
    max_body_bytes: int = 2_000_000  # larger request bodies get 413
    max_url_bytes: int = 8192  # longer paths plus query strings get 414 (every parameter is short)
    max_text_chars: int = 200_000  # longest article text accepted by /api/extract and /api/articles
    max_batch: int = 50  # most articles in one POST /api/articles
    pool_size: int = 32  # most open store connections (one per concurrently served request)
    settings_path: str | None = None  # kronika settings JSON for extraction (None: defaults)
    cors_origins: tuple[str, ...] = ()  # origins allowed cross-site reads; empty: no CORS headers at all
    cache_size: int = 4096  # read views remembered per parameters until the store changes; 0: no cache
    cache_seconds: float = 60.0  # longest a remembered view is served
    event_index: bool = True  # filter and page events in memory (kept in step with the store) rather than in SQL


HELP = {
    "db": "SQLite file path or postgresql:// URL of the store to serve",
    "token": "bearer token required by write endpoints; without one, writes answer 403",
    "max_body_bytes": "request bodies above this many bytes are refused with 413",
    "max_url_bytes": "request paths with query strings above this many bytes are refused with 414",
    "max_text_chars": "article texts above this many characters are refused with 422",
    "max_batch": "most articles accepted by one POST /api/articles",
    "pool_size": "most store connections open at once",
    "settings_path": "kronika settings file used by /api/extract and /api/articles",
    "cors_origins": "origins allowed to read the API cross-site (none by default)",
    "cache_size": "read views remembered until a new article is stored (0 turns the cache off)",
    "cache_seconds": "longest a remembered read view is served",
    "event_index": "answer event filters from an in-memory column index (loaded at start, extended on new articles)",
}
