"""JSON endpoints under /api/: reads from the store, extraction on the fly, token-guarded ingest."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from functools import partial
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from ..io import InputItem
from ..store import Store
from .deps import get_store, pooled_view
from .event_index import handles
from .params import (
    ActorListParams,
    ArticleIn,
    ArticlesIn,
    ArticlesPage,
    DyadParams,
    EventParams,
    Ident,
    QuoteParams,
    SearchParams,
    TimelineParams,
)
from .views import (
    actor_view,
    actors_view,
    article_view,
    articles_view,
    dyads_view,
    events_view,
    quotes_view,
    search_view,
    timeline_view,
)

router = APIRouter(prefix="/api", default_response_class=JSONResponse)
StoreDep = Annotated[Store, Depends(get_store)]


def _view(request: Request, name: str, params: Any, view: Callable[[Store, Any], Any]) -> Response:
    """The view's data as JSON (orjson), cached as bytes (nothing for the garbage collector to walk)."""
    body = pooled_view(request, f"json:{name}", params, lambda st, p: orjson.dumps(view(st, p)))
    return Response(body, media_type="application/json")


@router.get("/events", summary="Events: filters as `kronika events`, paging and sorting")
async def events(p: Annotated[EventParams, Query()], request: Request) -> Response:
    """Events newest first (or by `sort`), `limit` per page from `offset`, with the total count."""
    index = request.app.state.event_index
    view = partial(events_view, index=index)
    if index is not None and index.snap is not None and handles(p.to_filter()):
        return _view(request, "events", p, view)  # the loaded index answers in about a millisecond: no thread
    return await run_in_threadpool(_view, request, "events", p, view)  # SQL, or the index's first (long) load


@router.get("/articles", summary="Stored articles, newest first")
def articles(p: Annotated[ArticlesPage, Query()], request: Request) -> Response:
    """Article ids, titles, dates and record counts."""
    return _view(request, "articles", p, articles_view)


@router.get("/articles/{ident:path}", summary="One article with its actors, quotes, events and highlight spans")
def article(ident: Ident, request: Request) -> Response:
    """The article by its id (or content hash): text, records and annotation spans."""
    return _view(request, "article", ident, article_view)


@router.get("/actors", summary="Actors with article and mention counts")
def actors(p: Annotated[ActorListParams, Query()], request: Request) -> Response:
    """Canonical actors, most present first."""
    return _view(request, "actors", p, actors_view)


@router.get("/actors/{actor:path}", summary="One actor: partners both ways and latest events")
def actor(actor: Ident, request: Request) -> Response:
    """What the actor did to whom and what was done to it."""
    return _view(request, "actor", actor, actor_view)


@router.get("/dyads", summary="Source->target event counts by quad class")
def dyads(p: Annotated[DyadParams, Query()], request: Request) -> Response:
    """Directed actor pairs, most events first, over the filtered events."""
    return _view(request, "dyads", p, partial(dyads_view, index=request.app.state.event_index))


@router.get("/timeline", summary="Per day, week or month: counts by quad class and mean Goldstein")
def timeline(p: Annotated[TimelineParams, Query()], request: Request) -> Response:
    """Cooperation and conflict over time for the filtered events (an actor, a dyad, ...)."""
    return _view(request, "timeline", p, timeline_view)


@router.get("/quotes", summary="Quotes by speaker and words")
def quotes(p: Annotated[QuoteParams, Query()], request: Request) -> Response:
    """Stored quotes, newest articles first."""
    return _view(request, "quotes", p, quotes_view)


@router.get("/search", summary="Full-text search over articles and quotes")
def search(p: Annotated[SearchParams, Query()], request: Request) -> Response:
    """Articles (with a snippet) and quotes containing all the words of `q`."""
    return _view(request, "search", p, search_view)


def _check_text(request: Request, articles: list[ArticleIn]) -> None:
    limit = request.app.state.config.max_text_chars
    for i, a in enumerate(articles):
        if len(a.text) > limit:
            raise HTTPException(422, f"article {i}: text of {len(a.text)} characters is longer than {limit}")


@router.post("/extract", summary="Extract actors, quotes and events from one article; nothing is stored")
def extract(body: ArticleIn, request: Request) -> Response:
    """The extraction JSON contract for the posted article."""
    _check_text(request, [body])
    d = body.model_dump(exclude_none=True)
    d.setdefault("id", "posted")
    out = request.app.state.extraction(d)
    out.pop("text", None)
    out.pop("sentences", None)
    return JSONResponse(out)


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need `Authorization: Bearer <token>` matching the server's token (401 missing, 403 wrong/none)."""
    token = request.app.state.config.token
    if not token:
        raise HTTPException(403, "writes are disabled: the server was started without a token")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(403, "wrong token")


@router.post("/articles", summary="Ingest articles (extracted here, stored once by content hash); needs the token",
             dependencies=[Depends(require_token)], status_code=201)
def ingest(body: ArticlesIn, request: Request, store: StoreDep) -> Response:
    """Each article: stored, duplicate (same content already stored) or rejected with the reason."""
    from ..ingest import ingest_one

    cfg = request.app.state.config
    if len(body.articles) > cfg.max_batch:
        raise HTTPException(422, f"{len(body.articles)} articles in one request; at most {cfg.max_batch}")
    _check_text(request, body.articles)
    results = []
    with request.app.state.write_lock:
        for i, a in enumerate(body.articles):
            d = a.model_dump(exclude_none=True)
            ident = d.setdefault("id", f"posted-{i}")
            outcome = ingest_one(store, InputItem(ident, d), request.app.state.extraction, False)
            status = outcome if outcome in ("stored", "duplicate") else "rejected"
            results.append({"id": ident, "status": status, **({"reason": outcome} if status == "rejected" else {})})
        store.flush_fulltext()
    code = 201 if any(r["status"] == "stored" for r in results) else 200
    return JSONResponse({"results": results}, status_code=code)
