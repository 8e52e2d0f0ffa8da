"""`kronika demo` builds its store from example articles (and wmt-news lines) idempotently; `serve` validates."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from fastapi.testclient import TestClient

from kronika.api import ServeConfig, create_app
from kronika.cli import main
from kronika.cli.serve import build_demo


def test_serve_demo_store_from_examples_and_corpus_lines(tmp_path: Path) -> None:
    examples = tmp_path / "examples"
    examples.mkdir()
    (examples / "articles.jsonl").write_text(json.dumps({
        "id": "ex-visit", "lang": "en", "published": "2024-06-19", "title": "A visit",
        "text": "Russian President Vladimir Putin visited North Korea on Wednesday."}) + "\n", encoding="utf-8")
    wmt = tmp_path / "wmt.jsonl"
    lines = [{"id": f"w{i}", "pair": "p", "lang": "en", "original": True, "title": f"T{i}",
              "text": f"The German government welcomed the agreement number {i}."} for i in range(3)]
    wmt.write_text("".join(json.dumps(d) + "\n" for d in lines), encoding="utf-8")
    db = str(tmp_path / "demo.db")
    assert build_demo(db, 2, examples, wmt, progress=False) == {"stored": 3, "duplicates": 0, "rejected": 0}
    assert build_demo(db, 2, examples, wmt, progress=False) == {"stored": 0, "duplicates": 3, "rejected": 0}
    with TestClient(create_app(ServeConfig(db=db))) as c:
        ids = {a["article"] for a in c.get("/api/articles").json()["articles"]}
        visit = c.get("/api/articles/ex-visit").json()["article"]
    assert ids == {"ex-visit", "w0", "w1"}
    assert any((a.get("code") or "").startswith("RUS") for a in visit["actors"])


def test_serve_refuses_two_token_sources(tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text("abc\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.db"), "--token", "a", "--token-file",
                                    str(token)])
    assert res.exit_code == 2 and "not both" in res.output


def test_serve_two_workers_answer_and_stop_on_sigterm(tmp_path: Path) -> None:
    import http.client
    import socket
    import subprocess
    import sys
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    kronika = Path(sys.executable).with_name("kronika")
    proc = subprocess.Popen([str(kronika), "serve", "--db", str(tmp_path / "w.db"), "--port", str(port),
                             "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        status, deadline = 0, time.monotonic() + 30
        while status != 200 and time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/api/events?limit=1")
                status = conn.getresponse().status
            except OSError:
                time.sleep(0.2)
        assert status == 200
    finally:
        proc.terminate()
        assert proc.wait(timeout=20) == 0
