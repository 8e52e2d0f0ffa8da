"""The ingest loop: skip known hashes before extracting, write groups of articles, bad items recorded."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tqdm import tqdm

from ..io import InputItem
from ..store import Store
from ..store.batch import Rows
from ..store.writer import article_hash, why
from .sources import is_precomputed

log = logging.getLogger(__name__)

Extractor = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass
class IngestReport:
    """Counts of one ingest run."""

    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    seconds: float = 0.0
    reasons: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        """Items looked at."""
        return self.stored + self.duplicates + self.rejected

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the report."""
        rate = self.seen / self.seconds if self.seconds > 0 else 0.0
        return {"stored": self.stored, "duplicates": self.duplicates, "rejected": self.rejected,
                "seconds": round(self.seconds, 3), "items_per_second": round(rate, 1)}


def pipeline_extractor(settings_path: str | None = None) -> Extractor:
    """An extractor running the kronika pipeline (models loaded on the first article that needs it)."""
    state: dict[str, Any] = {}

    def run(d: dict[str, Any]) -> dict[str, Any]:
        from ..model import Article
        from ..pipeline import Pipeline
        from ..settings import Settings

        if "pipe" not in state:
            state["pipe"] = Pipeline(Settings.load(settings_path))
        doc = state["pipe"](Article.from_dict(d))
        out = doc.to_dict()
        out.update(text=d["text"], source=d.get("source"),
                   sentences=[[s.char_start, s.char_end] for s in doc.sentences])
        return out

    return run


def ingest(store: Store, items: Iterable[InputItem], extract: Extractor | None, precomputed: bool = False,
           total: int | None = None, progress: bool = True, chunk: int | None = None, commit_every: int = 1000,
           seconds: float = 1.0) -> IngestReport:
    """Store every item: known hashes skipped, new ones extracted (unless precomputed) and written.

    Known hashes are looked up `chunk` items at a time (default: 16 on SQLite, where small chunks let parsed
    articles die young, ~15% less CPU than 256; 256 on PostgreSQL, where each look-up is a round trip).
    Extracted articles gather into groups written as one transaction (Store.write_many) every
    `commit_every` articles or `seconds` (1 = a commit per article). Each article is all-or-nothing, and a
    crash loses at most the open group, never part of one; a re-run stores it again.
    """
    report = IngestReport()
    start = time.perf_counter()
    bar = tqdm(total=total, unit="art", disable=not progress, dynamic_ncols=True, mininterval=0.5)
    pending = _Pending(store, report, max(1, commit_every), seconds)
    try:
        for batch in _chunks(items, chunk or (16 if store.dialect == "sqlite" else 256)):
            hashes = [article_hash(i.data) if i.data is not None else None for i in batch]
            known = store.known(h for h in hashes if h)  # one look-up per chunk, before any extraction
            for item, h in zip(batch, hashes, strict=True):
                got = _extraction(store, item, extract, precomputed, h, h in known)
                if isinstance(got, str):
                    _count(report, got)
                else:
                    pending.add(item.id, got)
            bar.update(len(batch))
            bar.set_postfix(stored=report.stored, dup=report.duplicates, rej=report.rejected, refresh=False)
        pending.flush()
    finally:
        bar.close()
        report.seconds = time.perf_counter() - start
    return report


class _Pending:
    """Articles waiting to be written as one group: every `every` articles or `seconds` after the first.

    An article waits as its table rows, not its parsed JSON: thousands of small dicts and lists kept alive
    across a group made the garbage collector a quarter of the ingest time.
    """

    def __init__(self, store: Store, report: IngestReport, every: int, seconds: float) -> None:
        self.store, self.report, self.every, self.seconds = store, report, every, seconds
        self.items: list[tuple[str, Rows]] = []
        self.since = 0.0

    def add(self, ident: str, extraction: dict[str, Any]) -> None:
        """Queue one article (a malformed one is rejected now); write the group when full or old enough."""
        try:
            rows = self.store.rows(extraction)
        except Exception as exc:  # malformed extraction (e.g. a span that is not two numbers): nothing stored
            _count(self.report, _reject(self.store, ident, f"{ident}: cannot store ({why(exc)})"))
            return
        if not self.items:
            self.since = time.monotonic()
        self.items.append((ident, rows))
        if len(self.items) >= self.every or time.monotonic() - self.since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """Write the queued group and count each article's outcome; a failed one is recorded as rejected."""
        if not self.items:
            return
        items, self.items = self.items, []
        results = self.store.write_rows([rows for _, rows in items])
        for (ident, _), r in zip(items, results, strict=True):
            failed = r.status == "failed"
            _count(self.report, _reject(self.store, ident, f"{ident}: cannot store ({r.reason})") if failed
                   else r.status)


def _chunks(items: Iterable[InputItem], size: int) -> Iterator[list[InputItem]]:
    batch: list[InputItem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _count(report: IngestReport, outcome: str) -> None:
    if outcome == "stored":
        report.stored += 1
    elif outcome == "duplicate":
        report.duplicates += 1
    else:
        report.rejected += 1
        if len(report.reasons) < 1000:
            report.reasons.append(outcome)


def ingest_one(store: Store, item: InputItem, extract: Extractor | None, precomputed: bool,
               h: str | None = None, known: bool | None = None) -> str:
    """Store one item: 'stored', 'duplicate', or the rejection reason (also recorded in the store)."""
    got = _extraction(store, item, extract, precomputed, h, known)
    if isinstance(got, str):
        return got
    try:
        result = store.write(got)
    except Exception as exc:  # malformed extraction (e.g. a span that is not two numbers): nothing of it was stored
        log.debug("cannot store %s", item.id, exc_info=True)
        return _reject(store, item.id, f"{item.id}: cannot store ({why(exc)})")
    return result.status


def _extraction(store: Store, item: InputItem, extract: Extractor | None, precomputed: bool,
                h: str | None, known: bool | None) -> dict[str, Any] | str:
    """The extraction to store (with its hash and the input's text), or 'duplicate', or a rejection reason."""
    if item.data is None:
        return _reject(store, item.id, item.error or "unreadable item")
    d = item.data
    h = h or article_hash(d)
    if known if known is not None else store.known([h]):
        return "duplicate"
    if is_precomputed(d):
        extraction = d
    elif precomputed:
        return _reject(store, item.id, f"{item.id}: --precomputed given, but the item has no actors/quotes/events")
    elif extract is None:
        return _reject(store, item.id, f"{item.id}: needs extraction, but no extractor was given")
    else:
        try:
            extraction = extract(d)
        except Exception as exc:  # a bug in one article must not stop a run of thousands
            log.exception("extraction failed for %s", item.id)
            return _reject(store, item.id, f"{item.id}: extraction failed ({type(exc).__name__}: {exc})")
    text = d.get("text")
    return {**extraction, "hash": h, **({"text": text} if isinstance(text, str) else {})}


def _reject(store: Store, ident: str, reason: str) -> str:
    store.reject(ident, reason)
    return reason
