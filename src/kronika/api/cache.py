"""Read views cached per request parameters until the store changes (a new article) or the entry grows old."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from pydantic import BaseModel

from ..store import Store

T = TypeVar("T")


def store_version(store: Store) -> int:
    """Changes whenever an article is stored (articles are only ever added through the one writer)."""
    return int(store.db.scalar("SELECT COALESCE(MAX(id), 0) FROM articles") or 0)


class ViewCache:
    """A bounded LRU of view results keyed by (view, parameters), valid for one store version and `ttl` seconds."""

    def __init__(self, size: int = 4096, ttl: float = 60.0) -> None:
        self.size = size
        self.ttl = ttl
        self._data: OrderedDict[Hashable, tuple[int, float, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, store: Store, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached result for key, or compute, remember and return it."""
        version, now = store_version(store), time.monotonic()
        with self._lock:
            hit = self._data.get(key)
            if hit is not None and hit[0] == version and now - hit[1] < self.ttl:
                self._data.move_to_end(key)
                self.hits += 1
                value: T = hit[2]
                return value
            self.misses += 1
        value = compute()
        with self._lock:
            self._data[key] = (version, now, value)
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)
        return value

    def stats(self) -> dict[str, int]:
        """Hits, misses and entries so far."""
        return {"hits": self.hits, "misses": self.misses, "entries": len(self._data)}


def params_key(name: str, params: BaseModel | str) -> Hashable:
    """A cache key for a view and its validated parameters."""
    if isinstance(params, str):
        return (name, params)
    return (name, tuple(sorted(params.model_dump().items())))


def cached(cache: ViewCache | None, store: Store, name: str, params: Any, view: Callable[[Store, Any], T]) -> T:
    """view(store, params), through the cache when there is one."""
    if cache is None:
        return view(store, params)
    return cache.get(store, params_key(name, params), lambda: view(store, params))
