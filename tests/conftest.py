"""Shared fixtures: one pipeline per test session (models load once), paths to shared data."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kronika import Pipeline
from kronika.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline, loaded once."""
    return Pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The bundled reference article."""
    return (EXAMPLES / "seed-putin-dprk.txt").read_text(encoding="utf-8")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store: a SQLite file, or a private schema on the KRONIKA_TEST_PG server (.ci/run starts one)."""
    if request.param == "sqlite":
        yield str(tmp_path / "kronika.db")
        return
    base = os.environ.get("KRONIKA_TEST_PG")
    if not base:
        msg = "KRONIKA_TEST_PG is not set: no PostgreSQL server to test against (.ci/run starts one)"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(msg)
        pytest.skip(msg)
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def fill_store(store_url: str) -> Iterator[Callable[[Path], Store]]:
    """Open the test store and write every extraction of a JSONL file into it (each must be new); closed after."""
    opened: list[Store] = []

    def fill(path: Path) -> Store:
        store = open_store(store_url)
        opened.append(store)
        for line in path.read_text(encoding="utf-8").splitlines():
            assert store.write(json.loads(line)).status == "stored"
        return store

    yield fill
    for store in opened:
        store.close()
