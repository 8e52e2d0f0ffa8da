"""Security of every route, enumerated from the app: validation, limits, injection, token, CORS, errors without
internals (kronika.api.audit), and errors forced from a locked, missing or unreachable store."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import pytest
from fastapi import FastAPI, HTTPException, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel

from kronika.api import ServeConfig, create_app
from kronika.api.audit import INJECTIONS, LEAKS, audit, declared_routes
from kronika.store import open_store

DATA = Path(__file__).resolve().parent / "data" / "extractions.jsonl"
TOKEN = "audit-token-51c2"


def fill(url: str) -> None:
    """The hand-made sample extractions (tests/api/data) in the store at `url`."""
    with open_store(url) as store:
        for line in DATA.read_text(encoding="utf-8").splitlines():
            store.write(json.loads(line))

# A sample of the injection strings (SQL both dialects, FTS5/tsquery syntax, wildcards, markup): the bench runs all.
SAMPLE = ["' OR '1'='1", "1; DROP TABLE events; --", "x' UNION SELECT name, sql FROM sqlite_master --",
          "'||(SELECT pg_sleep(2))||'", "%", "\\'", "* OR *", "NEAR(a b)", "!a | b & c:*", "Putin' --"]


@pytest.fixture(autouse=True)
def _quiet_errors() -> Iterator[None]:
    """The audit provokes logged errors on purpose; keep the test output readable."""
    logging.disable(logging.ERROR)
    yield
    logging.disable(logging.NOTSET)


def test_security_audit_of_every_route_finds_nothing(client: TestClient, store_url: str) -> None:
    app = client.app
    assert isinstance(app, FastAPI)
    with open_store(store_url) as store:
        report = audit(app, client, store, app.state.config, injections=SAMPLE)
    assert report.problems == []
    c = report.counts
    assert c["routes"] >= 20 and c["filters"] >= 55 and c["validation_probes"] >= 200
    assert c["injection_probes"] == c["filters"] * len(SAMPLE) and c["injection_200"] > 0
    assert c["auth_probes"] >= 7 and c["body_probes"] >= 30 and c["limit_probes"] >= 18


def test_security_routes_are_enumerated_from_the_app(client: TestClient) -> None:
    app = client.app
    assert isinstance(app, FastAPI)
    specs = {(s.path, m) for s in declared_routes(app) for m in s.methods}
    documented = {(p, m.upper()) for p, ops in client.get("/openapi.json").json()["paths"].items() for m in ops}
    assert {(p.replace(":path", ""), m) for p, m in specs} >= documented  # every documented endpoint is probed
    pages = {p for p, m in specs if not p.startswith("/api/")}
    assert pages >= {"/", "/events", "/articles", "/articles/{ident:path}", "/actors", "/actors/{actor:path}",
                     "/timeline", "/search"}
    guarded = [s.path for s in declared_routes(app) if s.guarded]
    assert guarded == ["/api/articles"]


class _Filter(BaseModel):
    name: Annotated[str | None, Query(max_length=50)] = None


def test_security_audit_catches_a_new_unsafe_route(store_url: str) -> None:
    """A route added later with SQL built from its filter, an unguarded write and a leaking error is caught."""
    fill(store_url)
    cfg = ServeConfig(db=store_url, token=TOKEN)
    app = create_app(cfg)

    @app.get("/api/unsafe")
    def unsafe(p: Annotated[_Filter, Query()]) -> dict[str, Any]:
        with open_store(store_url) as store:
            try:  # the bug the audit must find: the value pasted into the SQL
                rows = store.db.query(f"SELECT ext_id FROM articles WHERE title = '{p.name}'")
            except Exception as exc:
                raise HTTPException(400, f"query failed: {exc}") from exc
        return {"articles": rows}

    @app.post("/api/unguarded")
    def unguarded(body: _Filter) -> dict[str, Any]:
        return {"stored": body.name}

    with TestClient(app, raise_server_exceptions=False) as c, open_store(store_url) as store:
        report = audit(app, c, store, cfg, injections=SAMPLE, paths={"/api/unsafe", "/api/unguarded"})
    assert report.counts["routes"] == 2 and report.counts["extra_rows"] >= 1  # ' OR '1'='1 returned every article
    assert report.counts["leaks"] >= 1  # the database's syntax error went out
    assert any("/api/unsafe name=\"' OR '1'='1\"" in p for p in report.problems)
    assert any(p.startswith("unguarded_write") and "/api/unguarded" in p for p in report.problems)


def _no_internals(r: Any, status: int) -> None:
    assert r.status_code == status, (r.status_code, r.text[:300])
    assert not LEAKS.search(r.text), r.text[:300]


def test_security_locked_sqlite_store_answers_503_without_internals(tmp_path: Path) -> None:
    url = str(tmp_path / "kronika.db")
    fill(url)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(ServeConfig(db=url, token=TOKEN)), raise_server_exceptions=False) as c:
        c.app.state.extraction = lambda d: {**d, "actors": [], "quotes": [], "events": []}  # type: ignore[attr-defined]
        with c.app.state.pool.acquire() as store:  # type: ignore[attr-defined]
            store.db.execute("PRAGMA busy_timeout = 200")  # wait 0.2 s for the lock, not 30 s
        lock = sqlite3.connect(url, isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")
        try:
            r = c.post("/api/articles", json={"articles": [{"text": "Vláda schválila rozpočet.", "lang": "cs"}]},
                       headers=auth)
            _no_internals(r, 503)
            assert r.headers["retry-after"] == "5" and "locked" in r.json()["error"]["message"]
            _no_internals(c.get("/api/events"), 200)  # readers go on (WAL)
        finally:
            lock.execute("ROLLBACK")
            lock.close()


def test_security_missing_sqlite_store_answers_503_on_api_and_pages(tmp_path: Path) -> None:
    url = tmp_path / "kronika.db"
    fill(str(url))
    with TestClient(create_app(ServeConfig(db=str(url), event_index=False)), raise_server_exceptions=False) as c:
        c.app.state.pool.close()  # type: ignore[attr-defined]
        for suffix in ("", "-wal", "-shm"):
            Path(f"{url}{suffix}").unlink(missing_ok=True)
        url.mkdir()  # the store's path is now a directory: no database can be opened there
        for path in ("/api/events", "/api/articles/en-summit", "/api/search?q=Putin", "/events", "/"):
            _no_internals(c.get(path), 503)


def _rename(store_url: str, old: str, new: str) -> None:
    """Rename a table behind the app's back (on its own connection)."""
    if store_url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(store_url, autocommit=True) as conn:
            conn.execute(f"ALTER TABLE {old} RENAME TO {new}")
    else:
        with sqlite3.connect(store_url) as conn:
            conn.execute(f"ALTER TABLE {old} RENAME TO {new}")


def test_security_broken_or_unreachable_store_answers_without_internals(store_url: str, tmp_path: Path) -> None:
    fill(store_url)
    with TestClient(create_app(ServeConfig(db=store_url, event_index=False, cache_size=0)),
                    raise_server_exceptions=False) as c:
        _no_internals(c.get("/api/events"), 200)
        _rename(store_url, "events", "events_gone")  # a table is missing
        try:
            for path in ("/api/events", "/api/dyads", "/events", "/api/actors/RUS"):
                r = c.get(path)
                assert r.status_code in (500, 503)  # PostgreSQL: an error (500); SQLite: "no such table" (503)
                _no_internals(r, r.status_code)
        finally:
            _rename(store_url, "events_gone", "events")
        c.app.state.pool.close()  # type: ignore[attr-defined]
        gone = "postgresql://postgres@127.0.0.1:1/nowhere" if store_url.startswith("postgresql") else str(tmp_path)
        c.app.state.pool.url = gone  # type: ignore[attr-defined]  # server down / a directory, not a database
        for path in ("/api/events", "/api/search?q=Putin", "/events"):
            _no_internals(c.get(path), 503)


def test_security_huge_inputs_are_refused_before_work(client: TestClient, api_token: str) -> None:
    auth = {"Authorization": f"Bearer {api_token}", "content-type": "application/json"}
    ten_mb = b'{"articles": [{"text": "' + b"x" * (10 * 1024 * 1024) + b'"}]}'
    _no_internals(client.post("/api/articles", content=ten_mb, headers=auth), 413)
    _no_internals(client.post("/api/articles", content=iter([ten_mb[i:i + 65536] for i in range(0, len(ten_mb),
                                                                                                 65536)]),
                              headers=auth), 413)
    _no_internals(client.get("/api/events?text=" + "x" * 60_000), 414)
    _no_internals(client.get("/api/articles/" + "x" * 60_000), 414)
    _no_internals(client.get("/events?" + "&".join(f"p{i}=1" for i in range(3000))), 414)
    assert len(INJECTIONS) >= 25


def test_security_lone_surrogates_in_bodies_are_422(client: TestClient, api_token: str) -> None:
    headers = {"Authorization": f"Bearer {api_token}", "content-type": "application/json"}
    body = b'{"articles": [{"id": "a\\ud800", "text": "Vl\\u00e1da \\ud800 to odm\\u00edtla."}]}'
    r = client.post("/api/articles", content=body, headers=headers)
    _no_internals(r, 422)
    assert {d["loc"] for d in r.json()["error"]["details"]} == {"body.articles.0.id", "body.articles.0.text"}
    _no_internals(client.post("/api/extract", content=b'{"text": "\\ud800"}', headers=headers), 422)
