"""Wrong and unusual encodings through every ingester (text files, JSONL, HTML pages, RSS feeds), with and
without a declared charset, including declarations that lie. Each file ends as the right text, a rejection
with a reason, or (the failure looked for) mojibake: an article whose text is not what was written."""

from __future__ import annotations

import json
import tempfile
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from kronika.ingest import iter_items

CZECH = "Žluťoučký kůň úpěl ďábelské ódy a ministr řekl, že vláda schválí rozpočet."
RUSSIAN = "Министр иностранных дел заявил, что переговоры продолжатся во вторник."
TEXTS = {"utf-8": CZECH, "utf-8-sig": CZECH, "utf-16": CZECH, "utf-16-le": CZECH, "cp1250": CZECH,
         "iso-8859-2": CZECH, "cp1251": RUSSIAN, "koi8-r": RUSSIAN}


def _html(text: str, declared: str | None) -> str:
    meta = f'<meta charset="{declared}">' if declared else ""
    paras = "".join(f"<p>{text} Paragraph {k} goes on with more words about the talks.</p>" for k in range(6))
    return (f'<!DOCTYPE html><html lang="cs"><head>{meta}<title>News</title></head>'
            f"<body><article><h1>News of the day</h1>{paras}</article></body></html>")


def _feed(text: str, declared: str | None) -> str:
    decl = f'<?xml version="1.0" encoding="{declared}"?>' if declared else ""
    return (f'{decl}<rss version="2.0"><channel><title>News</title><link>https://example.org/</link>'
            f"<item><title>News</title><link>https://example.org/a</link><description>{text}</description>"
            f"<pubDate>Tue, 18 Jun 2024 10:00:00 GMT</pubDate></item></channel></rss>")


def cases() -> Iterator[tuple[str, str, str, bytes]]:
    """(kind, encoding, declared charset or 'none'/'lie', file bytes, suffix) for every ingester and encoding."""
    for enc, text in TEXTS.items():
        yield "text", enc, "none", ".txt", text.encode(enc)
        line = json.dumps({"id": "a", "text": text, "lang": "cs"}, ensure_ascii=False)
        yield "jsonl", enc, "none", ".jsonl", (line + "\n").encode(enc)
        for kind, build, suffix in (("html", _html, ".html"), ("feed", _feed, ".rss")):
            yield kind, enc, "declared", suffix, build(text, enc).encode(enc)
            yield kind, enc, "none", suffix, build(text, None).encode(enc)
            if enc not in ("utf-8", "utf-8-sig"):
                yield kind, enc, "lie", suffix, build(text, "utf-8").encode(enc)


def classify(kind: str, enc: str, suffix: str, body: bytes) -> tuple[str, str]:
    """('ok' | 'rejected' | 'mojibake' | 'crash', detail) for one file through the ingest reader."""
    text = TEXTS[enc]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(body)
        try:
            items = list(iter_items([str(path)], fetcher=None))
        except Exception:
            return "crash", traceback.format_exc(limit=2)
    arts = [i.data for i in items if i.data is not None]
    if not arts:
        return "rejected", "; ".join(i.error or "" for i in items)[:200]
    got = " ".join(str(a.get("text", "")) for a in arts)
    if text in got or text[:40] in got:
        return "ok", ""
    return "mojibake", got[:80]


def matrix() -> tuple[Counter[str], list[str]]:
    """Outcome counts and one line per case."""
    counts: Counter[str] = Counter()
    lines = []
    for kind, enc, declared, suffix, body in cases():
        outcome, detail = classify(kind, enc, suffix, body)
        counts[outcome] += 1
        lines.append(f"{kind:5} {enc:10} {declared:8} {outcome:8} {detail}")
    return counts, lines
