"""HTML pages: the same view dicts as the API, rendered by autoescaping Jinja2 templates."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from ..api.deps import pooled_view
from ..api.params import (
    ActorListParams,
    ArticlesPage,
    EventParams,
    Ident,
    SearchParams,
    TimelineParams,
)
from ..api.views import (
    actor_view,
    actors_view,
    article_view,
    articles_view,
    events_view,
    home_view,
    search_view,
    timeline_view,
)
from . import charts
from .highlight import segments

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _qs(params: dict[str, Any], **changes: Any) -> str:
    """A query string from the given parameters with some changed (None removes one)."""
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v is not None and v != ""})


def _actor_href(a: dict[str, Any] | None) -> str | None:
    """Link to an actor's page by code, else by canonical name; None for an empty role."""
    if not a or not (a.get("code") or a.get("name")):
        return None
    return "/actors/" + quote(a.get("code") or a.get("name") or "", safe="")


def _safe_url(url: Any) -> str | None:
    """Only http(s) links leave the site (no javascript: or data: URLs from stored articles)."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("kronika.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True,
                      lstrip_blocks=True)
    env.globals.update(qs=_qs, actor_href=_actor_href, safe_url=_safe_url, quads=QUADS, plover_types=PLOVER_TYPES,
                       quote_path=lambda s: quote(str(s), safe=""))
    return env


templates = Jinja2Templates(env=_environment())


def _page(request: Request, name: str, status_code: int = 200, **ctx: Any) -> Response:
    return templates.TemplateResponse(request, name, ctx, status_code=status_code)


def render_error(request: Request, status: int, message: str, details: list[dict[str, Any]]) -> Response:
    """The HTML error page (validation details listed, never a trace)."""
    return _page(request, "error.html", status, status=status, message=message, details=details)


@router.get("/")
def home(request: Request) -> Response:
    """Counts, latest articles, top actors and dyads, the search box."""
    view = pooled_view(request, "home", "", lambda st, _: home_view(st, request.app.state.event_index))
    return _page(request, "home.html", **view)


@router.get("/events")
def events(request: Request, p: Annotated[EventParams, Query()]) -> Response:
    """A filterable, pageable table of events linking to articles and actors."""
    view = pooled_view(request, "events", p, partial(events_view, index=request.app.state.event_index))
    base = {**p.given(), "sort": p.sort, "limit": p.limit}
    return _page(request, "events.html", view=view, p=p, base=base)


@router.get("/articles")
def articles(request: Request, p: Annotated[ArticlesPage, Query()]) -> Response:
    """Stored articles, newest first."""
    return _page(request, "articles.html", view=pooled_view(request, "articles", p, articles_view))


@router.get("/articles/{ident:path}")
def article(request: Request, ident: Ident) -> Response:
    """The article text with actors, quotes and triggers highlighted, and its coded events beside it."""
    view = pooled_view(request, "article", ident, article_view)
    pieces = segments(view["article"].get("text") or "", view["annotations"])
    return _page(request, "article.html", view=view, a=view["article"], pieces=pieces)


@router.get("/actors")
def actors(request: Request, p: Annotated[ActorListParams, Query()]) -> Response:
    """Actors with counts."""
    return _page(request, "actors.html", view=pooled_view(request, "actors", p, actors_view), p=p)


@router.get("/actors/{actor:path}")
def actor(request: Request, actor: Ident) -> Response:
    """What the actor did to whom and what was done to it, with a network of its partners."""
    view = pooled_view(request, "actor", actor, actor_view)
    graph = charts.network(actor, view["network"]["partners"])
    return _page(request, "actor.html", view=view, graph=graph)


@router.get("/timeline")
def timeline(request: Request, p: Annotated[TimelineParams, Query()]) -> Response:
    """Cooperation and conflict over time for an actor or a dyad."""
    view = pooled_view(request, "timeline", p, timeline_view)
    return _page(request, "timeline.html", view=view, p=p, chart=charts.timeline_chart(view["periods"]))


@router.get("/search")
def search(request: Request, p: Annotated[SearchParams, Query()]) -> Response:
    """Full-text search over articles and quotes."""
    return _page(request, "search.html", view=pooled_view(request, "search", p, search_view))


@router.get("/docs")
def docs(request: Request) -> Response:
    """Swagger UI over /openapi.json, served from local files."""
    return _page(request, "docs.html")
