"""The application: JSON API under /api/, HTML pages at /, local static assets and API docs at /docs."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .cache import ViewCache
from .config import ServeConfig
from .deps import Extraction, StorePool
from .errors import LimitsMiddleware, install_handlers
from .event_index import EventIndex


def create_app(config: ServeConfig | None = None) -> FastAPI:
    """Build the app for one store; the store is opened (and migrated) here, so a bad --db fails at once."""
    import swagger_ui_bundle

    from ..web import pages

    cfg = config or ServeConfig()
    pool = StorePool(cfg.db, cfg.pool_size)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.event_index is not None:  # load it before the first request needs it
            threading.Thread(target=_warm, args=(app,), daemon=True, name="kronika-index").start()
        yield
        pool.close()

    app = FastAPI(title="kronika", summary="Who did what to whom, when, and who says so: events from news.",
                  version=_version(), docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan)
    app.state.config = cfg
    app.state.pool = pool
    app.state.extraction = Extraction(cfg.settings_path)
    app.state.write_lock = threading.Lock()
    app.state.cache = ViewCache(cfg.cache_size, cfg.cache_seconds) if cfg.cache_size > 0 else None
    app.state.event_index = EventIndex() if cfg.event_index else None
    install_handlers(app)
    from .routes import router

    app.include_router(router)
    app.include_router(pages.router)
    app.state.render_error = pages.render_error
    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
    app.mount("/static", StaticFiles(packages=[("kronika.web", "static")]), name="static")
    if cfg.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cfg.cors_origins), allow_methods=["GET"])
    app.add_middleware(LimitsMiddleware, max_bytes=cfg.max_body_bytes, max_url=cfg.max_url_bytes)
    return app


def _warm(app: FastAPI) -> None:
    """Load the event index in the background (errors surface again, with a response, on first use)."""
    try:
        with app.state.pool.acquire() as store:
            app.state.event_index.refresh(store)
    except Exception:  # a request will retry the load and report what fails
        logging.getLogger(__name__).exception("loading the event index failed")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kronika")
    except PackageNotFoundError:
        return "0"
