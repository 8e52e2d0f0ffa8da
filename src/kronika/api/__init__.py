"""HTTP API (FastAPI) over the store: JSON under /api/, the web pages share its data functions."""

from __future__ import annotations

from .app import create_app
from .config import ServeConfig

__all__ = ["ServeConfig", "create_app"]
