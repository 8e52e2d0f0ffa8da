"""JSON endpoints under /api/: reads from the store, extraction on the fly, token-guarded ingest."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse

from ..io import InputItem
from ..store import Store
from .deps import get_store
from .params import (
    ActorListParams,
    ArticleIn,
    ArticlesIn,
    ArticlesPage,
    DyadParams,
    EventParams,
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
Ident = Annotated[str, Path(min_length=1, max_length=300)]


@router.get("/events", summary="Events: filters as `kronika events`, paging and sorting")
def events(p: Annotated[EventParams, Query()], store: StoreDep) -> JSONResponse:
    """Events newest first (or by `sort`), `limit` per page from `offset`, with the total count."""
    return JSONResponse(events_view(store, p))


@router.get("/articles", summary="Stored articles, newest first")
def articles(p: Annotated[ArticlesPage, Query()], store: StoreDep) -> JSONResponse:
    """Article ids, titles, dates and record counts."""
    return JSONResponse(articles_view(store, p))


@router.get("/articles/{ident}", summary="One article with its actors, quotes, events and highlight spans")
def article(ident: Ident, store: StoreDep) -> JSONResponse:
    """The article by its id (or content hash): text, records and annotation spans."""
    return JSONResponse(article_view(store, ident))


@router.get("/actors", summary="Actors with article and mention counts")
def actors(p: Annotated[ActorListParams, Query()], store: StoreDep) -> JSONResponse:
    """Canonical actors, most present first."""
    return JSONResponse(actors_view(store, p))


@router.get("/actors/{actor}", summary="One actor: partners both ways and latest events")
def actor(actor: Ident, store: StoreDep) -> JSONResponse:
    """What the actor did to whom and what was done to it."""
    return JSONResponse(actor_view(store, actor))


@router.get("/dyads", summary="Source->target event counts by quad class")
def dyads(p: Annotated[DyadParams, Query()], store: StoreDep) -> JSONResponse:
    """Directed actor pairs, most events first, over the filtered events."""
    return JSONResponse(dyads_view(store, p))


@router.get("/timeline", summary="Per day, week or month: counts by quad class and mean Goldstein")
def timeline(p: Annotated[TimelineParams, Query()], store: StoreDep) -> JSONResponse:
    """Cooperation and conflict over time for the filtered events (an actor, a dyad, ...)."""
    return JSONResponse(timeline_view(store, p))


@router.get("/quotes", summary="Quotes by speaker and words")
def quotes(p: Annotated[QuoteParams, Query()], store: StoreDep) -> JSONResponse:
    """Stored quotes, newest articles first."""
    return JSONResponse(quotes_view(store, p))


@router.get("/search", summary="Full-text search over articles and quotes")
def search(p: Annotated[SearchParams, Query()], store: StoreDep) -> JSONResponse:
    """Articles (with a snippet) and quotes containing all the words of `q`."""
    return JSONResponse(search_view(store, p))


def _check_text(request: Request, articles: list[ArticleIn]) -> None:
    limit = request.app.state.config.max_text_chars
    for i, a in enumerate(articles):
        if len(a.text) > limit:
            raise HTTPException(422, f"article {i}: text of {len(a.text)} characters is longer than {limit}")


@router.post("/extract", summary="Extract actors, quotes and events from one article; nothing is stored")
def extract(body: ArticleIn, request: Request) -> JSONResponse:
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
def ingest(body: ArticlesIn, request: Request, store: StoreDep) -> JSONResponse:
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
