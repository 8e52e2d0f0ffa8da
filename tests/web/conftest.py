"""A filled SQLite store (the API tests' hand-made extractions) and the app over it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kronika.api import ServeConfig, create_app
from kronika.store import open_store

DATA = Path(__file__).resolve().parents[1] / "api" / "data" / "extractions.jsonl"


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the sample articles (one per module: the pages only read)."""
    path = str(tmp_path_factory.mktemp("web") / "kronika.db")
    with open_store(path) as store:
        for line in DATA.read_text(encoding="utf-8").splitlines():
            store.write(json.loads(line))
    return path


@pytest.fixture(scope="module")
def web(web_db: str) -> Iterator[TestClient]:
    """An in-process client of the pages."""
    with TestClient(create_app(ServeConfig(db=web_db)), raise_server_exceptions=False) as c:
        yield c
