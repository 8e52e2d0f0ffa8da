"""A filled SQLite store (the API tests' hand-made extractions), the app over it, and for the browser tests the app
served on a loopback port and Debian's headless Chromium."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient
from playwright.sync_api import Browser, sync_playwright

from kronika.api import ServeConfig, create_app
from kronika.store import open_store

DATA = Path(__file__).resolve().parents[1] / "api" / "data" / "extractions.jsonl"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


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


@contextmanager
def _served(db: str) -> Iterator[str]:
    """The app over `db` served by uvicorn on a free loopback port, in a thread; yields its base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(create_app(ServeConfig(db=db)), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def serve() -> Callable[[str], AbstractContextManager[str]]:
    """`with serve(db) as url:` the app over `db` on a loopback port (a fixture: test modules here cannot import
    conftest by name, another folder's conftest may answer)."""
    return _served


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless (.ci/run installs it; Playwright downloads nothing)."""
    assert CHROMIUM.exists(), "install Debian's chromium: apt-get install -y chromium (.ci/run does)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()
