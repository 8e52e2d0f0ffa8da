"""Reading articles from files, folders, JSONL and stdin; writing JSONL."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO


@dataclass
class InputItem:
    """One article read from input, or the reason it could not be read."""

    id: str
    data: dict[str, Any] | None
    error: str = ""


def read_inputs(paths: list[str], defaults: dict[str, Any]) -> Iterator[InputItem]:
    """Articles from every path ('-' = stdin), read as `kronika ingest` reads them (text, JSONL, HTML pages,
    feeds; UTF-8 or UTF-16/32), without network: a URL is refused with the reason."""
    from .ingest.sources import iter_items  # the ingest package imports InputItem from here

    for item in iter_items(paths, defaults, fetcher=None):
        if item.data is not None and not isinstance(item.data.get("text"), str):
            yield InputItem(item.id, None, f"{item.id}: no 'text' string (an extraction, not an article)")
        else:
            yield item


def open_output(path: str) -> TextIO:
    """An output stream: '-' is stdout, otherwise a UTF-8 file (parents created)."""
    if path == "-":
        return sys.stdout
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8")


def dump_line(obj: dict[str, Any]) -> str:
    """One JSON line, UTF-8 kept readable."""
    return json.dumps(obj, ensure_ascii=False) + "\n"
