"""Errors as JSON (API) or an HTML page (web), never a stack trace; body size limit; security headers."""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .views import NotFound

log = logging.getLogger(__name__)
UNAVAILABLE = "the store is unavailable (locked, missing or unreachable); retry later"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"), (b"x-frame-options", b"DENY")]


def error_body(status: int, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The one JSON error shape: {"error": {"status", "message", "details"?}}."""
    err: dict[str, Any] = {"status": status, "message": message}
    if details:
        err["details"] = details
    return {"error": err}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and request.url.path not in ("/openapi.json",)


def _respond(request: Request, status: int, message: str, details: list[dict[str, Any]] | None = None,
             headers: dict[str, str] | None = None) -> Response:
    if _wants_html(request):
        render = getattr(request.app.state, "render_error", None)
        if render is not None:
            out: Response = render(request, status, message, details or [])
            return out
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status)
    return JSONResponse(error_body(status, message, details), status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Where and what, without echoing inputs or internals."""
    out = []
    for e in exc.errors():
        loc = ".".join(str(x) for x in e.get("loc", ()))
        out.append({"loc": loc or "request", "message": str(e.get("msg", "invalid")), "type": e.get("type")})
    return out


def install_handlers(app: FastAPI) -> None:
    """JSON (or HTML) error responses for validation, HTTP, lookup and unexpected errors."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return _respond(request, 422, "invalid request parameters", _validation_details(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return _respond(request, exc.status_code, str(exc.detail), headers=getattr(exc, "headers", None))

    @app.exception_handler(NotFound)
    async def _missing(request: Request, exc: NotFound) -> Response:
        return _respond(request, 404, str(exc))

    @app.exception_handler(sqlite3.OperationalError)
    async def _store_down(request: Request, exc: Exception) -> Response:
        log.error("store unavailable on %s %s: %s", request.method, request.url.path, exc)
        return _respond(request, 503, UNAVAILABLE, headers={"Retry-After": "5"})

    _pg_unavailable(app)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _respond(request, 500, "internal error (logged on the server)")


def _pg_unavailable(app: FastAPI) -> None:
    """PostgreSQL connection failures (server down, too many clients) answer 503 too, when psycopg is installed."""
    try:
        import psycopg
    except ImportError:  # SQLite-only installs
        return

    @app.exception_handler(psycopg.OperationalError)
    async def _pg_down(request: Request, exc: Exception) -> Response:
        log.error("store unavailable on %s %s: %s", request.method, request.url.path, exc)
        return _respond(request, 503, UNAVAILABLE, headers={"Retry-After": "5"})


class LimitsMiddleware:
    """Refuse bodies over `max_bytes` (413) and paths with query strings over `max_url` (414); add security headers."""

    def __init__(self, app: ASGIApp, max_bytes: int, max_url: int = 8192) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_url = max_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        url_bytes = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b""))
        if url_bytes > self.max_url:
            await _refuse(send_with_headers, 414, f"request path and query longer than {self.max_url} bytes")
            return
        if scope["method"] in ("POST", "PUT", "PATCH"):
            declared = dict(scope["headers"]).get(b"content-length")
            if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
                await self._too_large(send_with_headers)
                return
            body = await self._read(receive)
            if body is None:
                await self._too_large(send_with_headers)
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send_with_headers)

    async def _read(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def _too_large(self, send: Send) -> None:
        await _refuse(send, 413, f"request body larger than {self.max_bytes} bytes")


async def _refuse(send: Send, status: int, message: str) -> None:
    """A JSON error sent before the app sees the request."""
    body = json.dumps(error_body(status, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _replay(body: bytes, original: Receive) -> Receive:
    """A receive that gives the already-read body once, then waits on the real channel (disconnect)."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await original()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive
