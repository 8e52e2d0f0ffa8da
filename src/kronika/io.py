"""Reading articles from files, folders, JSONL and stdin; writing JSONL."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


@dataclass
class InputItem:
    """One article read from input, or the reason it could not be read."""

    id: str
    data: dict[str, Any] | None
    error: str = ""


def read_inputs(paths: list[str], defaults: dict[str, Any]) -> Iterator[InputItem]:
    """Yield articles from every path ('-' = stdin as JSONL or plain text)."""
    for p in paths:
        if p == "-":
            yield from _read_stream(sys.stdin, "stdin", defaults)
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    yield from _read_file(f, defaults)
        elif path.exists():
            yield from _read_file(path, defaults)
        else:
            yield InputItem(str(path), None, f"no such file or folder: {path}")


def _read_file(path: Path, defaults: dict[str, Any]) -> Iterator[InputItem]:
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield InputItem(path.stem, None, f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})")
        return
    except OSError as exc:
        yield InputItem(path.stem, None, f"{path}: cannot read ({exc.strerror})")
        return
    if path.suffix.lower() in JSONL_SUFFIXES or _looks_jsonl(text):  # a line with a NUL is rejected alone
        yield from _parse_jsonl(text.split("\n"), str(path), defaults)
    elif b"\x00" in raw[:8192]:
        yield InputItem(path.stem, None, f"{path}: binary file (NUL bytes)")
    else:
        yield InputItem(path.stem, {**defaults, "id": path.stem, "text": text})


def _read_stream(stream: TextIO, name: str, defaults: dict[str, Any]) -> Iterator[InputItem]:
    text = stream.read()
    if _looks_jsonl(text):
        yield from _parse_jsonl(text.split("\n"), name, defaults)
    else:
        yield InputItem(name, {**defaults, "id": name, "text": text})


def _looks_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    return first == "{"


def _parse_jsonl(lines: list[str], name: str, defaults: dict[str, Any]) -> Iterator[InputItem]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        ident = f"{name}:{n}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputItem(ident, None, f"line {n}: invalid JSON ({exc.msg})")
            continue
        if not isinstance(d, dict):
            yield InputItem(ident, None, f"line {n}: not a JSON object")
            continue
        if not isinstance(d.get("text"), str):
            yield InputItem(str(d.get("id") or ident), None, f"line {n}: no 'text' string")
            continue
        merged = {**defaults, **{k: v for k, v in d.items() if v is not None}}
        merged.setdefault("id", ident)
        yield InputItem(str(merged["id"]), merged)


def open_output(path: str) -> TextIO:
    """An output stream: '-' is stdout, otherwise a UTF-8 file (parents created)."""
    if path == "-":
        return sys.stdout
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8")


def dump_line(obj: dict[str, Any]) -> str:
    """One JSON line, UTF-8 kept readable."""
    return json.dumps(obj, ensure_ascii=False) + "\n"
