"""HTML pages to articles: main text and metadata (title, date, site) with trafilatura."""

from __future__ import annotations

import re
from typing import Any

_LANG = re.compile(rb"<html[^>]*\blang=[\"']?([A-Za-z]{2})", re.IGNORECASE)


def html_to_article(html: bytes | str, url: str | None, ident: str) -> tuple[dict[str, Any] | None, str]:
    """An article dict from a page, or (None, reason) when it has no main text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return None, f"{ident}: HTML extraction failed ({type(exc).__name__}: {exc})"
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        return None, f"{ident}: no main text found in the HTML page"
    raw = html if isinstance(html, bytes) else html.encode("utf-8", "replace")
    m = _LANG.search(raw[:4096])
    art: dict[str, Any] = {"id": url, "text": text, "title": getattr(doc, "title", None),
                           "url": getattr(doc, "url", None) or url, "published": getattr(doc, "date", None),
                           "source": getattr(doc, "sitename", None) or getattr(doc, "hostname", None)}
    if m:
        art["lang"] = m.group(1).decode("ascii").lower()
    return {k: v for k, v in art.items() if v}, ""
