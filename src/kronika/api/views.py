"""The data behind every endpoint and page: one dict per view, rendered as JSON or through a template."""

from __future__ import annotations

from typing import Any

from ..store import EventFilter, Store, actor_stats, count_events, find_quotes, search, store_stats
from ..store.aggregates import (
    actor_network,
    count_upto,
    dyads,
    events_by_ids,
    find_article,
    list_events,
    matches,
    recent_articles,
    timeline,
)
from ..web.highlight import highlight_spans
from .event_index import EventIndex, dyad_table, handles, page
from .params import ActorListParams, ArticlesPage, DyadParams, EventParams, QuoteParams, SearchParams, TimelineParams


class NotFound(LookupError):
    """The requested article or actor is not in the store."""


COUNT_CAP = 10_000  # totals above this are reported as "at least" (counting every match costs too much)


def events_view(store: Store, p: EventParams, index: EventIndex | None = None) -> dict[str, Any]:
    """A page of filtered, sorted events and their count: from the index when given and able, else from SQL."""
    f = p.to_filter()
    if index is not None and handles(f):
        ids, total = page(index.refresh(store), f, p.sort, p.limit, p.offset)
        rows, more = events_by_ids(store, ids), False
    else:
        rows = list_events(store, f, p.sort, p.limit, p.offset)
        total, more = count_upto(store, f, max(COUNT_CAP, p.offset + p.limit))
    nxt = p.offset + p.limit if p.offset + p.limit < total or more else None
    return {"filters": p.given(), "sort": p.sort, "limit": p.limit, "offset": p.offset, "total": total,
            "total_is_lower_bound": more, "next_offset": nxt, "events": rows}


def article_view(store: Store, ident: str) -> dict[str, Any]:
    """One article with its records and the character spans to highlight (bad spans listed with why)."""
    art = find_article(store, ident)
    if art is None:
        raise NotFound(f"no article with id {ident!r}")
    anns, dropped = highlight_spans(art)
    return {"article": art, "annotations": anns, "dropped_spans": dropped}


def articles_view(store: Store, p: ArticlesPage) -> dict[str, Any]:
    """Stored articles, newest first."""
    return {"limit": p.limit, "offset": p.offset, "articles": recent_articles(store, p.limit, p.offset)}


def actors_view(store: Store, p: ActorListParams) -> dict[str, Any]:
    """Actors with article and mention counts."""
    return {"filters": p.given(), "actors": actor_stats(store, limit=p.limit, actor=p.actor)}


def actor_view(store: Store, actor: str, events: int = 50) -> dict[str, Any]:
    """One actor: matching canonical actors, partners in both directions, and its latest events."""
    f = EventFilter(actor=actor)
    found = actor_stats(store, limit=20, actor=actor)
    total = count_events(store, f)
    if not found and not total:
        raise NotFound(f"no actor or event matches {actor!r}")
    recent = list_events(store, f, "-day", events, 0)
    for e in recent:
        src = e.get("source") or {}
        e["direction"] = "by" if matches(actor, src.get("code"), src.get("name")) else "to"
    return {"actor": actor, "matches": found, "events_total": total, "network": actor_network(store, actor, f),
            "events": recent}


def dyads_view(store: Store, p: DyadParams, index: EventIndex | None = None) -> dict[str, Any]:
    """Source->target pairs with counts by quad class (from the index when given and able)."""
    f = p.to_filter()
    if index is not None and handles(f):
        return {"filters": p.given(), **dyad_table(index.refresh(store), f, p.limit)}
    return {"filters": p.given(), **dyads(store, f, p.limit)}


def timeline_view(store: Store, p: TimelineParams) -> dict[str, Any]:
    """Counts by quad class and mean Goldstein per period."""
    return {"filters": p.given(), **timeline(store, p.to_filter(), p.bucket)}


def quotes_view(store: Store, p: QuoteParams) -> dict[str, Any]:
    """Quotes by speaker and words."""
    return {"filters": p.given(), "quotes": find_quotes(store, speaker=p.speaker, text=p.text, limit=p.limit)}


def search_view(store: Store, p: SearchParams) -> dict[str, Any]:
    """Articles and quotes containing all the words."""
    res = search(store, p.q, limit=p.limit) if p.q else {"articles": [], "quotes": []}
    return {"q": p.q, **res}


def home_view(store: Store, index: EventIndex | None = None) -> dict[str, Any]:
    """Counts, the latest articles, the most present actors and the busiest dyads."""
    busiest = dyads_view(store, DyadParams(limit=10), index)["dyads"]
    return {"stats": store_stats(store), "articles": recent_articles(store, 10),
            "actors": actor_stats(store, limit=12), "dyads": busiest}
