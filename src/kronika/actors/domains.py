"""Web addresses as news sources ('podle efotbal.cz', 'NOLA.com reports'): an outlet of its domain's country."""

from __future__ import annotations

import re
from functools import cache

from ..model import Doc
from .match import Hit
from .normalize import read_tsv

MEDIA = "MED"
GENERIC = "~"  # data/tlds.tsv: a generic domain (.com), no country of its own
SETTLED_REFERENCES = 3  # a generic domain takes the article's clear home only when the article names it this often
# A host name: labels of letters, digits and hyphens joined by dots, the last one the top-level domain.
HOST = re.compile(r"^(?:www\.)?[^\W_][\w-]*(?:\.[\w-]+)*\.([a-z]{2,6})$", re.IGNORECASE)


@cache
def top_level_domains() -> dict[str, str]:
    """Top-level domain -> country code, or GENERIC (data/tlds.tsv)."""
    return {row[0].lower(): row[1] for row in read_tsv(None, "tlds.tsv")}


def domain_country(text: str, home: str | None) -> str | None:
    """The country a web address's domain gives ('efotbal.cz' -> CZE); a generic one ('nola.com') the article's
    home; None for no host name or an unlisted domain."""
    m = HOST.match(text)
    if m is None or "." not in text[:-1] or text[:1].isdigit():
        return None
    code = top_level_domains().get(m.group(1).lower())
    return home if code == GENERIC else code


def settled_home(clear: str | None, counts: dict[str, int]) -> str | None:
    """The clear home a generic domain may take: one the article keeps naming ('NOLA.com' in a New Orleans story),
    not a home guessed from a reference or two ('formula1.com' in a story naming Russia twice)."""
    return clear if clear and counts.get(clear, 0) >= SETTLED_REFERENCES else None


def web_addresses(doc: Doc, persons: list[Hit], taken: set[int], home: str | None) -> list[Hit]:
    """Code the unresolved one-token names that are web addresses (the name tagger's 'NOLA.com') as news outlets
    (<country>MED); return new mentions for the addresses no other mention covers (a noun 'efotbal.cz')."""
    for p in persons:
        if p.code is None and p.end - p.start == 1 and (c := domain_country(doc.tokens[p.start].text, home)):
            p.code, p.status, p.reason, p.kind = c + MEDIA, "resolved", "", "ORG"
            p.rule += f"; a web address: a news outlet of its domain's country ({c})"
    covered = taken | {i for p in persons for i in range(p.start, p.end)}
    hits = []
    for t in doc.tokens:
        glued = t.i > 0 and doc.tokens[t.i - 1].text in ("@", "/") and not doc.tokens[t.i - 1].ws  # mail, URL path
        if t.i not in covered and not glued and (c := domain_country(t.text, home)) is not None:
            hits.append(Hit(t.i, t.i + 1, t.i, c + MEDIA, "ORG", t.text, f"name:{t.text.lower()}",
                            f"web address: a news outlet of its domain's country ({c})", run=(t.i, t.i + 1)))
    return hits
