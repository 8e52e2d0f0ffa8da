"""Partitioned Parquet output: one file per partition written atomically, plus a JSON manifest."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

ARTICLES_DIR = "articles"
EVENTS_DIR = "events"
MANIFEST = "manifest.json"
FINGERPRINT_KEY = b"kronika.fingerprint"

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("lang", pa.string()), ("published", pa.string()), ("title", pa.string()),
    ("url", pa.string()), ("status", pa.string()), ("reason", pa.string()), ("chars", pa.int64()),
    ("words", pa.int64()), ("seconds", pa.float64()), ("actors", pa.string()), ("quotes", pa.string()),
    ("events", pa.string()),
])

EVENT_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("n", pa.int32()), ("type", pa.string()), ("mode", pa.string()),
    ("cameo", pa.string()), ("goldstein", pa.float64()), ("quad_class", pa.int32()),
    ("source_code", pa.string()), ("source_name", pa.string()), ("target_code", pa.string()),
    ("target_name", pa.string()), ("attributed_code", pa.string()), ("date", pa.string()),
    ("negated", pa.bool_()), ("future", pa.bool_()), ("hypothetical", pa.bool_()), ("sentence", pa.int32()),
    ("span_start", pa.int64()), ("span_end", pa.int64()), ("trigger", pa.string()), ("rule", pa.string()),
])


def article_path(out: Path, pid: str) -> Path:
    """Where a partition's article table goes."""
    return out / ARTICLES_DIR / f"{pid}.parquet"


def event_path(out: Path, pid: str) -> Path:
    """Where a partition's flattened event table goes."""
    return out / EVENTS_DIR / f"{pid}.parquet"


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file under a temporary name, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_partition(out: Path, pid: str, fp: str, rows: list[dict[str, Any]], events: bool) -> None:
    """Write a partition's tables; the article file goes last and marks the partition finished."""
    meta = {FINGERPRINT_KEY: fp.encode()}
    if events:
        ev = pa.Table.from_pylist(event_rows(rows), schema=EVENT_SCHEMA).replace_schema_metadata(meta)
        write_atomic(ev, event_path(out, pid))
    table = pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA).replace_schema_metadata(meta)
    write_atomic(table, article_path(out, pid))


def finished(out: Path, pid: str, fp: str) -> bool:
    """True when the partition's article file exists and was made from the same inputs and settings."""
    path = article_path(out, pid)
    if not path.exists():
        return False
    try:
        meta = pq.read_schema(path).metadata or {}
    except (OSError, pa.ArrowInvalid):
        return False  # a damaged file is redone, not trusted
    return meta.get(FINGERPRINT_KEY) == fp.encode()


def event_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One flat row per event of the partition's articles."""
    out: list[dict[str, Any]] = []
    for row in rows:
        for n, e in enumerate(json.loads(row["events"])):
            src, tgt, att = e.get("source") or {}, e.get("target") or {}, e.get("attributed_to") or {}
            span = e.get("span") or [None, None]
            out.append({
                "article_id": row["id"], "n": n, "type": e.get("type"), "mode": e.get("mode"),
                "cameo": e.get("cameo"), "goldstein": e.get("goldstein"), "quad_class": e.get("quad_class"),
                "source_code": src.get("code"), "source_name": src.get("name"), "target_code": tgt.get("code"),
                "target_name": tgt.get("name"), "attributed_code": att.get("code"), "date": e.get("date"),
                "negated": bool(e.get("negated")), "future": bool(e.get("future")),
                "hypothetical": bool(e.get("hypothetical")), "sentence": e.get("sentence"),
                "span_start": span[0], "span_end": span[1], "trigger": e.get("trigger"), "rule": e.get("rule"),
            })
    return out


def drop_stale(out: Path, n_partitions: int) -> list[str]:
    """Delete partition files past the end of the current input (left by a longer earlier input).

    Temporary files of writers that died mid-write go too; call this only with nothing in flight.
    """
    gone = []
    for folder in (ARTICLES_DIR, EVENTS_DIR):
        for tmp in (out / folder).glob(".part-*.tmp"):
            tmp.unlink()
        for path in sorted((out / folder).glob("part-*.parquet")):
            index = path.stem.removeprefix("part-")
            if index.isdigit() and int(index) >= n_partitions:
                path.unlink()
                gone.append(path.stem)
    return sorted(set(gone))


def load_manifest(out: Path) -> dict[str, Any]:
    """The manifest of an output folder, or an empty one."""
    path = out / MANIFEST
    if not path.exists():
        return {"partitions": {}}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("partitions", {})
    return data


def save_manifest(out: Path, manifest: dict[str, Any]) -> None:
    """Write the manifest atomically (temp file + rename)."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / MANIFEST
    tmp = path.with_name(f".{MANIFEST}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)
