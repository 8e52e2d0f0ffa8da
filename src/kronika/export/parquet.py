"""Events to Parquet (pyarrow), one flat column per field, written in row groups as they stream."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..store import EventFilter, Store
from .formats import iter_flat_events

_ARG = [(f"{r}_{c}", "string") for r in ("source", "target", "attributed_to") for c in ("code", "name", "text")]
_ARG_SPANS = [(f"{r}_{c}", "int64") for r in ("source", "target", "attributed_to") for c in ("start", "end")]
COLUMNS: list[tuple[str, str]] = [
    ("event_id", "int64"), ("article", "string"), ("url", "string"), ("published", "string"), ("day", "string"),
    ("type", "string"), ("mode", "string"), ("cameo", "string"), ("goldstein", "float64"), ("quad_class", "int64"),
    *_ARG, *_ARG_SPANS, ("date", "string"), ("date_granularity", "string"), ("negated", "bool_"),
    ("future", "bool_"), ("hypothetical", "bool_"), ("sentence", "int64"), ("span_start", "int64"),
    ("span_end", "int64"), ("trigger", "string"), ("rule", "string"), ("mentions", "string"),
]


def write_parquet(store: Store, path: str | Path, f: EventFilter | None = None, batch: int = 50_000) -> int:
    """Write matching events to a Parquet file; returns the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS])
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        buf: list[dict[str, Any]] = []
        for rec in iter_flat_events(store, f):
            buf.append(rec)
            if len(buf) >= batch:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                n += len(buf)
                buf = []
        if buf or n == 0:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    return n
