"""Input items from paths and URLs: text files, folders, JSONL, HTML pages, RSS/Atom feeds."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from ..io import InputItem
from .decode import decode_text, unicode_encoding
from .feeds import feed_items, looks_like_feed
from .fetch import Fetched, fetch, is_url
from .html import html_to_article

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
EXTRACTION_KEYS = ("actors", "quotes", "events")
UTF8 = ("utf-8", "utf-8-sig")

Fetcher = Callable[[str], Fetched]


def is_precomputed(d: dict[str, Any]) -> bool:
    """True for a line of `kronika extract` output (it already has actors, quotes or events)."""
    return any(isinstance(d.get(k), list) for k in EXTRACTION_KEYS)


@dataclass(frozen=True)
class Reading:
    """How to read: defaults for fields inputs lack, how to fetch URLs, which links are already stored."""

    defaults: dict[str, Any] = field(default_factory=dict)
    fetcher: Fetcher | None = fetch  # None: no network (feed entries keep their own text)
    known_url: Callable[[str], bool] | None = None  # feed links already stored are not fetched again


def iter_items(refs: list[str], defaults: dict[str, Any] | None = None, fetcher: Fetcher | None = fetch,
               follow_links: bool = True, known_url: Callable[[str], bool] | None = None) -> Iterator[InputItem]:
    """Every article (or rejection) from paths, folders, URLs and '-' (stdin), in the given order."""
    how = Reading(defaults or {}, fetcher if follow_links else None, known_url)
    for ref in refs:
        if ref == "-":
            yield from _from_bytes(sys.stdin.buffer.read(), "stdin", "", None, how)
        elif is_url(ref):
            if fetcher is None:
                yield InputItem(ref, None, f"{ref}: URLs are not allowed here")
                continue
            got = fetcher(ref)
            if got.body is None:
                yield InputItem(ref, None, got.error)
            else:
                yield from _from_bytes(got.body, got.url, "", got.content_type, how)
        else:
            yield from _from_path(Path(ref), how)


def _from_path(path: Path, how: Reading) -> Iterator[InputItem]:
    if path.is_dir():
        for f in sorted(path.rglob("*")):
            if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES:
                yield from _from_path(f, how)
        return
    try:
        if path.suffix.lower() in JSONL_SUFFIXES:  # streamed: a months-long JSONL need not fit in memory
            with path.open("rb") as fh:
                if unicode_encoding(fh.read(4096)) in UTF8:
                    fh.seek(0)
                    yield from parse_jsonl(fh, str(path), how.defaults)
                    return
        raw = path.read_bytes()  # UTF-16/32 JSONL is decoded whole, below
    except OSError as exc:
        yield InputItem(str(path), None, f"{path}: cannot read ({exc.strerror or exc})")
        return
    yield from _from_bytes(raw, str(path), path.suffix.lower(), None, how)


def _json_error(line: str | bytes, exc: orjson.JSONDecodeError) -> str:
    """Why a JSONL line did not parse: its encoding, or the JSON error."""
    if isinstance(line, bytes):
        text, why = decode_text(line, "line")
        if text is None:
            return why.removeprefix("line: ")
    return f"invalid JSON ({exc.msg})"


def _kind(raw: bytes, suffix: str, content_type: str | None) -> str:
    """'feed', 'html', 'jsonl' or 'text', from the suffix, the content type, then the first bytes."""
    ct = (content_type or "").lower()
    head = raw[:2048].lstrip()
    if suffix in FEED_SUFFIXES or "rss" in ct or "atom" in ct or ("xml" in ct and looks_like_feed(head)):
        return "feed" if looks_like_feed(head) or suffix in {".rss", ".atom"} else "html"
    if suffix in HTML_SUFFIXES or "html" in ct:
        return "html"
    if suffix in JSONL_SUFFIXES or "json" in ct or head[:1] == b"{":
        return "jsonl"
    if looks_like_feed(head):
        return "feed"
    if head[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _from_bytes(raw: bytes, name: str, suffix: str, content_type: str | None, how: Reading) -> Iterator[InputItem]:
    kind = _kind(raw, suffix, content_type)
    defaults = how.defaults
    if kind == "feed":
        yield from feed_items(raw, name, how.fetcher, defaults, how.known_url)
        return
    if kind == "html":
        art, why = html_to_article(raw, name if is_url(name) else None, name)
        if art is None:
            yield InputItem(name, None, why)
        else:
            data = {**defaults, "id": Path(name).stem, **art}
            yield InputItem(str(data["id"]), data)
        return
    if kind == "text" and b"\x00" in raw[:8192] and unicode_encoding(raw) == "utf-8":
        yield InputItem(name, None, f"{name}: binary file (NUL bytes)")  # JSONL: a line with a NUL is rejected alone
        return
    if kind == "jsonl" and unicode_encoding(raw) in UTF8:  # a line that is not UTF-8 is rejected alone
        yield from parse_jsonl(raw.split(b"\n"), name, defaults)  # not splitlines(): JSON may hold raw U+2028
        return
    text, why = decode_text(raw, name)
    if text is None:
        yield InputItem(name, None, why)
        return
    if kind == "jsonl":
        yield from parse_jsonl(text.split("\n"), name, defaults)
    else:
        ident = Path(name).stem if not is_url(name) else name
        data = {**defaults, "id": ident, "text": text}
        if is_url(name):
            data["url"] = name
        yield InputItem(ident, data)


def parse_jsonl(lines: Iterable[str | bytes], name: str, defaults: dict[str, Any]) -> Iterator[InputItem]:
    """Articles (or precomputed extractions) from JSON lines; a bad line is a rejection, not a stop."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if n == 1 and isinstance(line, bytes) and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        ident = f"{name}:{n}"
        try:
            d = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            yield InputItem(ident, None, f"{ident}: {_json_error(line, exc)}")
            continue
        if not isinstance(d, dict):
            yield InputItem(ident, None, f"{ident}: not a JSON object")
            continue
        if not isinstance(d.get("text"), str) and not is_precomputed(d):
            yield InputItem(str(d.get("id") or ident), None,
                            f"{ident}: no 'text' string and no extraction (actors/quotes/events)")
            continue
        merged = {**defaults, **{k: v for k, v in d.items() if v is not None}}
        merged.setdefault("id", ident)
        yield InputItem(str(merged["id"]), merged)


def count_items(refs: list[str]) -> int | None:
    """A cheap upper estimate of how many items the local refs hold (None when URLs or stdin are among them)."""
    total = 0
    for ref in refs:
        if ref == "-" or is_url(ref):
            return None
        p = Path(ref)
        files = [f for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES] \
            if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() in FEED_SUFFIXES:
                return None
            total += _count_lines(f) if f.suffix.lower() in JSONL_SUFFIXES else 1
    return total


def _count_lines(path: Path) -> int:
    try:
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1
