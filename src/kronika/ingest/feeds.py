"""RSS and Atom feeds (feedparser): one entry per article, its page fetched when it links to one."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

from ..io import InputItem
from .fetch import Fetched, is_url
from .html import html_to_article

log = logging.getLogger(__name__)


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes are an RSS, Atom or RDF document."""
    h = head[:2048].lstrip().lower()
    return b"<rss" in h or b"<feed" in h or b"<rdf:rdf" in h


def feed_items(body: bytes, name: str, fetcher: Callable[[str], Fetched] | None, defaults: dict[str, Any],
               known_url: Callable[[str], bool] | None = None) -> Iterator[InputItem]:
    """Articles of a feed; with a fetcher, each entry's link is fetched and its main text extracted.

    Entries whose link `known_url` says is stored are passed over without fetching (feeds repeat entries).
    """
    import feedparser

    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        yield InputItem(name, None, f"{name}: not a readable feed ({parsed.get('bozo_exception')})")
        return
    guessed = _guessed_encoding(parsed)
    if guessed:  # its text would be mojibake (ť dropped, Cyrillic as Latin-1): the whole feed is refused
        yield InputItem(name, None, f"{name}: not UTF-8 and no true encoding declared (a guess of {guessed} "
                                    "would garble the text); declare the charset or re-encode as UTF-8")
        return
    skipped = 0
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        if known_url is not None and link and known_url(link):
            skipped += 1
            continue
        yield _entry_item(entry, f"{name}#{n}", fetcher, defaults)
    if skipped:
        log.info("%s: %d entries already stored (by URL), not fetched again", name, skipped)


def _guessed_encoding(parsed: Any) -> str | None:
    """The encoding feedparser fell back to when the declared one (UTF-8 by default) failed; None if none was."""
    exc = parsed.get("bozo_exception")
    encoding = str(parsed.get("encoding") or "?")
    if type(exc).__name__ != "CharacterEncodingOverride" or encoding.lower().startswith(("utf-16", "utf-32")):
        return None  # no fallback, or a byte-order mark that tells the encoding for sure
    return encoding


def _entry_item(entry: Any, ident: str, fetcher: Callable[[str], Fetched] | None,
                defaults: dict[str, Any]) -> InputItem:
    link = entry.get("link")
    meta: dict[str, Any] = {"title": entry.get("title"), "url": link, "published": _date(entry)}
    if fetcher is not None and link and is_url(link):
        got = fetcher(link)
        if got.body is not None:
            art, why = html_to_article(got.body, got.url, link)
            if art is not None:
                data = {**defaults, "id": link, **{k: v for k, v in meta.items() if v}, **art}
                return InputItem(str(data["id"]), data)
            return InputItem(link, None, why)
        return InputItem(link, None, got.error)
    summary = _entry_text(entry)
    if not summary:
        return InputItem(link or ident, None, f"{ident}: feed entry has no text and no fetchable link")
    data = {**defaults, **{k: v for k, v in meta.items() if v}, "id": entry.get("id") or link or ident,
            "text": summary}
    return InputItem(str(data["id"]), data)


def _entry_text(entry: Any) -> str:
    """Plain text of an entry's content or summary (HTML stripped)."""
    parts = [c.get("value", "") for c in entry.get("content") or []] or [entry.get("summary", "")]
    texts = [_plain(p) for p in parts if p.strip()]
    title = (entry.get("title") or "").strip()
    body = "\n\n".join(t for t in texts if t)
    return f"{title}\n\n{body}" if title and body and not body.startswith(title) else body


def _plain(fragment: str) -> str:
    """The text of an HTML fragment; markup with no text in it (only a comment, say) is empty text, not an error."""
    from lxml import etree
    from lxml import html as lxml_html

    if "<" not in fragment:
        return fragment.strip()
    try:
        return str(lxml_html.fromstring(fragment).text_content()).strip()
    except etree.ParserError:  # "Document is empty": lxml's word for a fragment without elements or text
        return ""


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return time.strftime("%Y-%m-%d", t)
    return None
