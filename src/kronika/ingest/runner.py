"""The ingest loop: skip known hashes before extracting, one transaction per article, bad items recorded."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from tqdm import tqdm

from ..io import InputItem
from ..store import Store
from ..store.writer import article_hash
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
           total: int | None = None, progress: bool = True, chunk: int = 256, commit_every: int = 1000
           ) -> IngestReport:
    """Store every item: known hashes skipped, new ones extracted (unless precomputed) and written.

    Each article is one transaction (a savepoint inside a group); groups commit every `commit_every`
    articles or second (1 = a commit per article). A crash loses at most the open group, never part of one.
    """
    report = IngestReport()
    start = time.perf_counter()
    bar = tqdm(total=total, unit="art", disable=not progress, dynamic_ncols=True, mininterval=0.5)
    try:
        with store.group_commits(commit_every):
            for batch in _chunks(items, chunk):
                hashes = [article_hash(i.data) if i.data is not None else None for i in batch]
                known = store.known(h for h in hashes if h)  # one look-up per chunk, before any extraction
                for item, h in zip(batch, hashes, strict=True):
                    _count(report, ingest_one(store, item, extract, precomputed, h, h in known))
                bar.update(len(batch))
                bar.set_postfix(stored=report.stored, dup=report.duplicates, rej=report.rejected, refresh=False)
    finally:
        bar.close()
        report.seconds = time.perf_counter() - start
    return report


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
    try:
        result = store.write({**extraction, "hash": h}, text=d.get("text") if isinstance(d.get("text"), str) else None)
    except Exception as exc:  # malformed extraction (e.g. a span that is not two numbers): nothing of it was stored
        log.debug("cannot store %s", item.id, exc_info=True)
        return _reject(store, item.id, f"{item.id}: cannot store ({type(exc).__name__}: {exc})")
    return result.status


def _reject(store: Store, ident: str, reason: str) -> str:
    store.reject(ident, reason)
    return reason
