"""An API client over a store filled with hand-made extractions (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from kronika.api import ServeConfig, create_app
from kronika.store import open_store

DATA = Path(__file__).resolve().parent / "data" / "extractions.jsonl"
TOKEN = "test-token-7f3a"


def samples() -> list[dict[str, Any]]:
    """An English summit, Czech sanctions, an article full of markup, an undated one (spans into their text)."""
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def fill(url: str) -> None:
    """Write the samples into the store at `url`."""
    with open_store(url) as store:
        for d in samples():
            store.write(d)


@pytest.fixture
def api_token() -> str:
    """The write token the test app accepts."""
    return TOKEN


@pytest.fixture
def client(store_url: str) -> Iterator[TestClient]:
    """A client of the app over a filled store, writes allowed with TOKEN."""
    fill(store_url)
    app = create_app(ServeConfig(db=store_url, token=TOKEN, max_body_bytes=50_000, max_text_chars=5_000,
                                 max_batch=3))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
