"""Exports: JSON lines (our schema), PLOVER JSON lines, GDELT-2.0-style event rows, Parquet."""

from __future__ import annotations

from pathlib import Path

from ..io import open_output
from ..store import EventFilter, Store
from .formats import GDELT_COLUMNS, gdelt_row, plover_record, write_gdelt, write_jsonl, write_plover
from .parquet import write_parquet

FORMATS = ("jsonl", "plover", "gdelt", "parquet")


def export(store: Store, fmt: str, output: str, f: EventFilter | None = None, header: bool = False) -> int:
    """Write the store (articles for jsonl, events otherwise) to `output` in a format; returns records written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format '{fmt}' (known: {', '.join(FORMATS)})")
    if fmt == "jsonl" and f is not None and f != EventFilter():
        raise ValueError("event filters apply to the plover, gdelt and parquet exports; jsonl exports whole articles")
    if fmt == "parquet":
        if output == "-":
            raise ValueError("parquet needs a file path, not stdout")
        return write_parquet(store, Path(output), f)
    out = open_output(output)
    try:
        if fmt == "jsonl":
            return write_jsonl(store, out)
        if fmt == "plover":
            return write_plover(store, out, f)
        return write_gdelt(store, out, f, header=header)
    finally:
        if output != "-":
            out.close()


__all__ = ["FORMATS", "GDELT_COLUMNS", "export", "gdelt_row", "plover_record", "write_gdelt", "write_jsonl",
           "write_parquet", "write_plover"]
