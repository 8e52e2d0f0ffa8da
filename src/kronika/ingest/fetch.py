"""Fetching URLs: one GET with a timeout and a size cap; failures come back as reasons, not exceptions."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

USER_AGENT = "kronika/0.1 (+news event extraction; polite single requests)"
MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Fetched:
    """A fetched resource, or the reason it could not be fetched."""

    url: str
    body: bytes | None
    content_type: str = ""
    error: str = ""


def is_url(ref: str) -> bool:
    """True for http(s) URLs."""
    return ref.startswith(("http://", "https://"))


def fetch(url: str, timeout: float = 20.0) -> Fetched:
    """GET a URL (redirects followed); the final URL, body and content type, or why not."""
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                return Fetched(url, None, error=f"{url}: larger than {MAX_BYTES} bytes")
            return Fetched(resp.geturl(), body, resp.headers.get("Content-Type", "") or "")
    except urllib.error.HTTPError as exc:
        return Fetched(url, None, error=f"{url}: HTTP {exc.code} {exc.reason}")
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return Fetched(url, None, error=f"{url}: cannot fetch ({reason})")
