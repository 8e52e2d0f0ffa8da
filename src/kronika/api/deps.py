"""Per-request resources: a pooled store connection, the extraction pipeline (loaded once), the write lock."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from fastapi import HTTPException, Request

from ..store import Store, open_store
from .cache import cached
from .views import NotFound

T = TypeVar("T")


class StorePool:
    """Store connections reused across requests: one per concurrently served request, at most `size`."""

    def __init__(self, url: str, size: int = 32) -> None:
        self.url = url
        self._free: queue.LifoQueue[Store] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(size)
        self._free.put(open_store(url))  # migrate (and fail) at start-up, not on the first request

    @contextmanager
    def acquire(self, timeout: float = 30.0) -> Iterator[Store]:
        """A store for the duration of one request; one that failed mid-query is closed, not reused."""
        if not self._slots.acquire(timeout=timeout):
            raise HTTPException(503, "all store connections are busy; retry later")
        try:
            try:
                store = self._free.get_nowait()
            except queue.Empty:
                store = open_store(self.url)
            try:
                yield store
            except (HTTPException, NotFound):  # an answer (a 4xx), not a broken connection: keep it
                self._free.put(store)
                raise
            except BaseException:
                store.close()
                raise
            self._free.put(store)
        finally:
            self._slots.release()

    def close(self) -> None:
        """Close every idle connection."""
        while True:
            try:
                self._free.get_nowait().close()
            except queue.Empty:
                return


class Extraction:
    """The kronika pipeline, loaded on first use and run one article at a time."""

    def __init__(self, settings_path: str | None) -> None:
        self.settings_path = settings_path
        self._pipe: Any = None
        self.lock = threading.Lock()

    def __call__(self, article: dict[str, Any]) -> dict[str, Any]:
        """Extract one article (JSON contract out, with text and sentence spans for the store)."""
        from ..ingest import pipeline_extractor

        with self.lock:
            if self._pipe is None:
                self._pipe = pipeline_extractor(self.settings_path)
            result: dict[str, Any] = self._pipe(article)
            return result


def get_store(request: Request) -> Iterator[Store]:
    """FastAPI dependency: a pooled store for this request."""
    with request.app.state.pool.acquire() as store:
        yield store


def pooled_view(request: Request, name: str, params: Any, view: Callable[[Store, Any], T]) -> T:
    """view(store, params) on a pooled store, through the app's cache: the one read path of API and pages."""
    with request.app.state.pool.acquire() as store:
        return cached(request.app.state.cache, store, name, params, view)
