"""What runs on a Dask worker: a per-process cached pipeline and the extraction of one partition."""

from __future__ import annotations

import json
import os
import resource
import socket
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from ..io import InputItem
from ..pipeline import Pipeline
from ..settings import Settings
from .output import write_partition

# One loaded pipeline per worker process and settings: models load once, not once per task.
_PIPELINES: dict[str, Pipeline] = {}


def settings_key(settings: Settings) -> str:
    """A stable text form of the settings, used as cache key and fingerprint salt."""
    return json.dumps(asdict(settings), sort_keys=True, default=list)


def cached_pipeline(settings: Settings) -> Pipeline:
    """The pipeline for these settings in this process, built on first use."""
    key = settings_key(settings)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(settings)
    return _PIPELINES[key]


class PipelineLoader(WorkerPlugin):
    """Builds the pipeline as each worker starts, so tasks find it ready."""

    name = "kronika-pipeline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        """Load the pipeline into the worker process and warm each distinct model with a tiny text."""
        warm_up(cached_pipeline(self.settings))


def warm_up(pipe: Pipeline) -> None:
    """Run one short text per distinct configured model, so lazily loaded models load now."""
    seen: set[str] = set()
    for lang in pipe.settings.languages:
        model = pipe.settings.models.get(lang, lang)
        if model not in seen:
            seen.add(model)
            pipe({"id": "warm-up", "lang": lang, "text": "Warm up."})


def _rejected(ident: str, reason: str) -> dict[str, Any]:
    return {"id": ident, "status": "rejected", "reason": reason, "actors": [], "quotes": [], "events": []}


def extract_row(pipe: Pipeline, item: InputItem) -> dict[str, Any]:
    """One output row for one input item; any failure becomes a rejected row with its reason."""
    t0 = time.perf_counter()
    text = (item.data or {}).get("text")
    text = text if isinstance(text, str) else ""
    if item.data is None:
        d = _rejected(item.id, item.error)
    else:
        try:
            d = pipe(item.data).to_dict()
        except Exception as exc:  # one bad article must not take the partition with it
            d = _rejected(item.id, f"pipeline failed: {type(exc).__name__}: {exc}")
    return {
        "id": str(d.get("id") or item.id), "lang": d.get("lang"), "published": d.get("published"),
        "title": d.get("title"), "url": d.get("url"), "status": d["status"], "reason": d.get("reason") or "",
        "chars": len(text), "words": len(text.split()), "seconds": round(time.perf_counter() - t0, 6),
        "actors": json.dumps(d["actors"], ensure_ascii=False), "quotes": json.dumps(d["quotes"], ensure_ascii=False),
        "events": json.dumps(d["events"], ensure_ascii=False),
    }


def memory_mb() -> tuple[float, float]:
    """This process's resident memory now and at its peak, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            now = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        now = peak
    return round(now, 1), round(peak, 1)


def process_partition(pid: str, fp: str, items: list[InputItem], settings: Settings, out: str,
                      events: bool) -> dict[str, Any]:
    """Extract every article of a partition, write its Parquet files, and report what happened."""
    started, cpu = time.time(), time.process_time()
    pipe = cached_pipeline(settings)
    rows = [extract_row(pipe, it) for it in items]
    return write_rows(pid, fp, rows, out, events, started) | {"cpu_seconds": round(time.process_time() - cpu, 3)}


def extract_one(item: InputItem, settings: Settings) -> dict[str, Any]:
    """One article's row on its own (used to isolate an article that kills its worker)."""
    return extract_row(cached_pipeline(settings), item)


def crashed_row(item: InputItem, exc: BaseException) -> dict[str, Any]:
    """The row of an article whose extraction killed the worker process."""
    row = _skeleton(item)
    row["reason"] = f"worker died while extracting this article ({type(exc).__name__}: {exc})"
    return row


def _skeleton(item: InputItem) -> dict[str, Any]:
    """A rejected row carrying only what the input says."""
    data = item.data or {}
    text = data.get("text") if isinstance(data.get("text"), str) else ""
    return {"id": item.id, "lang": data.get("lang"), "published": data.get("published"), "title": data.get("title"),
            "url": data.get("url"), "status": "rejected", "reason": item.error, "chars": len(text or ""),
            "words": len((text or "").split()), "seconds": 0.0, "actors": "[]", "quotes": "[]", "events": "[]"}


def write_rows(pid: str, fp: str, rows: list[dict[str, Any]], out: str, events: bool,
               started: float | None = None) -> dict[str, Any]:
    """Write a partition's rows as Parquet and summarise them, with this worker's memory."""
    started = started or time.time()
    write_partition(Path(out), pid, fp, rows, events)
    rss, peak = memory_mb()
    ok = sum(r["status"] == "ok" for r in rows)
    return {
        "id": pid, "fingerprint": fp, "status": "done", "articles": len(rows), "ok": ok,
        "rejected": len(rows) - ok, "words": sum(r["words"] for r in rows),
        "seconds": round(time.time() - started, 3), "extract_seconds": round(sum(r["seconds"] for r in rows), 3),
        "worker": f"{socket.gethostname()}:{os.getpid()}", "rss_mb": rss, "peak_rss_mb": peak,
        "started_at": started, "finished_at": time.time(),
    }
