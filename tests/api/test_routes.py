"""The JSON API: filters, paging and sorting, aggregates, articles with spans, errors, limits, token-guarded writes."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from kronika.api import ServeConfig, create_app
from kronika.store import open_store


def events(client: TestClient, **params: Any) -> dict[str, Any]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    out: dict[str, Any] = r.json()
    return out


def test_routes_events_filters_as_the_cli(client: TestClient) -> None:
    assert events(client)["total"] == 7
    assert {e["article"] for e in events(client, actor="RUS")["events"]} == {"en-summit", "cs-sankce", "en-markup"}
    assert [e["trigger"] for e in events(client, source="RUS", target="IGOEU")["events"]] == ["obvinila"]
    assert events(client, type="consult")["total"] == 3
    assert [e["type"] for e in events(client, quad=4)["events"]] == ["SANCTION"]
    assert events(client, since="2024-06-17", until="2024-06-20")["total"] == 3
    assert events(client, until="2024-06")["total"] == 5  # a month prefix includes the whole month
    assert [e["article"] for e in events(client, text="sankce Rusko")["events"]] == ["cs-sankce", "cs-sankce"]
    assert [e["trigger"] for e in events(client, attributed_to="RUSGOV")["events"]] == ["obvinila"]
    assert events(client, article="en-summit")["total"] == 3


def test_routes_events_page_and_sort(client: TestClient) -> None:
    first = events(client, limit=3, sort="day")
    assert first["next_offset"] == 3 and len(first["events"]) == 3
    days = [e["day"] for e in first["events"]]
    assert days == sorted(days)
    last = events(client, limit=3, offset=6, sort="day")
    assert last["next_offset"] is None and len(last["events"]) == 1
    assert events(client, sort="goldstein", limit=1)["events"][0]["goldstein"] == -8.0


@pytest.mark.parametrize("query, where", [
    ("quad=5", "query.quad"), ("since=2024-13-01", "query.since"), ("until=2024-02-30", "query.until"),
    ("limit=0", "query.limit"), ("limit=100000", "query.limit"), ("sort=day%3Bdrop", "query.sort"),
    ("type=%3Cscript%3E", "query.type"), ("colour=red", "query.colour"), ("offset=-1", "query.offset"),
])
def test_routes_bad_parameters_get_422_with_json(client: TestClient, query: str, where: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["status"] == 422 and where in [d["loc"] for d in err["details"]]


def test_routes_inconsistent_parameters_explained(client: TestClient) -> None:
    r = client.get("/api/events", params={"source": "RUS"})
    assert r.status_code == 422 and "both source and target" in r.text
    r = client.get("/api/timeline", params={"since": "2024-07", "until": "2024-06"})
    assert r.status_code == 422 and "since is after until" in r.text
    assert client.get("/api/timeline", params={"bucket": "hour"}).status_code == 422


def test_routes_article_with_spans_and_404(client: TestClient) -> None:
    body = client.get("/api/articles/en-summit").json()
    art = body["article"]
    kinds = {a["kind"] for a in body["annotations"]}
    assert kinds == {"actor", "quote", "trigger"} and body["dropped_spans"] == []
    for a in body["annotations"]:
        assert art["text"][a["start"]:a["end"]]
    trig = [a for a in body["annotations"] if a["kind"] == "trigger"]
    assert [art["text"][a["start"]:a["end"]] for a in trig] == ["met", "signed an agreement", "visited"]
    r = client.get("/api/articles/no-such-article")
    assert r.status_code == 404 and r.json()["error"]["message"] == "no article with id 'no-such-article'"
    listed = client.get("/api/articles", params={"limit": 2}).json()["articles"]
    assert [a["article"] for a in listed] == ["en-markup", "cs-sankce"]


def test_routes_not_found_keeps_the_pooled_connection(client: TestClient) -> None:
    assert client.get("/api/events").status_code == 200  # the event index is loaded: no other user of the pool
    pool = client.app.state.pool
    with pool.acquire() as first:
        pass
    assert client.get("/api/articles/no-such-article").status_code == 404
    assert client.get("/articles/no-such-article").status_code == 404
    with pool.acquire() as again:
        assert again is first and again.db.scalar("SELECT 1") == 1


def test_routes_actors_dyads_timeline_quotes_search(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["actors"]
    assert ("RUSGOV", "Vladimir Putin", 1, 3) in [(a["code"], a["name"], a["articles"], a["mentions"]) for a in actors]
    actor = client.get("/api/actors/RUS").json()
    assert actor["events_total"] == 6 and {p["code"] for p in actor["network"]["partners"]} >= {"CHNGOV", "UKR"}
    assert client.get("/api/actors/ZZZ").status_code == 404
    top = client.get("/api/dyads", params={"limit": 1}).json()
    assert top["dyads"][0]["source"]["code"] == "RUSGOV" and top["total_dyads"] == 5
    tl = client.get("/api/timeline", params={"source": "RUS", "target": "CHN", "bucket": "day"}).json()
    assert [(p["period"], p["cooperation"]) for p in tl["periods"]] == [("2024-06-10", 2)]
    quotes = client.get("/api/quotes", params={"speaker": "RUSGOV"}).json()["quotes"]
    assert [q["text"] for q in quotes] == ["Our countries are closer than ever,"]
    found = client.get("/api/search", params={"q": "Kharkiv"}).json()
    assert [a["article"] for a in found["articles"]] == ["en-markup"]


def test_routes_writes_need_the_token(client: TestClient) -> None:
    body = {"articles": [{"text": "Short note."}]}
    r = client.post("/api/articles", json=body)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403 and r.json()["error"]["message"] == "wrong token"


def test_routes_writes_refused_without_a_configured_token(store_url: str) -> None:
    with TestClient(create_app(ServeConfig(db=store_url))) as c:
        r = c.post("/api/articles", json={"articles": [{"text": "x"}]}, headers={"Authorization": "Bearer x"})
    assert r.status_code == 403 and "without a token" in r.json()["error"]["message"]


def test_routes_size_limits(client: TestClient, api_token: str) -> None:
    auth = {"Authorization": f"Bearer {api_token}"}
    r = client.post("/api/extract", content=b"{" + b" " * 60_000 + b"}", headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["error"]["status"] == 413
    r = client.post("/api/extract", json={"text": "word " * 1_500})
    assert r.status_code == 422 and "longer than 5000" in r.json()["error"]["message"]
    r = client.post("/api/articles", json={"articles": [{"text": "a"}] * 4}, headers=auth)
    assert r.status_code == 422 and "at most 3" in r.json()["error"]["message"]
    r = client.post("/api/articles", content=b"not json", headers={**auth, "content-type": "application/json"})
    assert r.status_code == 422
    r = client.post("/api/extract", json={"text": "x", "lang": "Czech"})
    assert r.status_code == 422 and r.json()["error"]["details"][0]["loc"] == "body.lang"


def test_routes_errors_never_leak_internals(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import kronika.api.routes as routes

    def broken(*_: Any) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(routes, "events_view", broken)
    r = client.get("/api/events")
    assert r.status_code == 500
    assert r.json() == {"error": {"status": 500, "message": "internal error (logged on the server)"}}
    assert "secret" not in r.text and "Traceback" not in r.text


def test_routes_no_cors_and_security_headers_by_default(client: TestClient) -> None:
    r = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in r.headers
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_routes_openapi_and_local_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/dyads", "/api/timeline", "/api/extract", "/api/articles"} <= set(spec["paths"])
    assert {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]} >= {"actor", "quad", "sort"}
    docs = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "http" not in docs
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_routes_extract_and_ingest_with_the_pipeline(client: TestClient, api_token: str) -> None:
    text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday."
    before = events(client)["total"]
    r = client.post("/api/extract", json={"text": text, "lang": "en", "published": "2024-05-20"})
    assert r.status_code == 200, r.text
    out = r.json()
    assert any((a.get("code") or "").startswith("RUS") for a in out["actors"]) and "text" not in out
    assert events(client)["total"] == before  # nothing stored
    auth = {"Authorization": f"Bearer {api_token}"}
    body = {"articles": [{"id": "posted-summit", "text": text, "lang": "en", "published": "2024-05-20"}]}
    r = client.post("/api/articles", json=body, headers=auth)
    assert r.status_code == 201 and r.json()["results"] == [{"id": "posted-summit", "status": "stored"}]
    assert client.get("/api/articles/posted-summit").json()["article"]["published"] == "2024-05-20"
    again = client.post("/api/articles", json=body, headers=auth)
    assert again.status_code == 200 and again.json()["results"][0]["status"] == "duplicate"


def test_routes_cached_views_see_articles_stored_by_another_process(client: TestClient, store_url: str) -> None:
    first = client.get("/api/articles").json()["articles"]
    assert client.get("/api/articles").json()["articles"] == first  # served again (cached)
    summit = client.get("/api/articles/en-summit").json()["article"]
    extra = {**summit, "id": "late-summit", "text": summit["text"] + " Later addition.", "hash": None}
    with open_store(store_url) as store:  # as `kronika ingest` would, on its own connection
        assert store.write(extra).status == "stored"
    assert "late-summit" in [a["article"] for a in client.get("/api/articles").json()["articles"]]
    assert events(client, article="late-summit")["total"] == 3


def test_routes_ids_with_slashes_resolve(client: TestClient, store_url: str) -> None:
    summit = client.get("/api/articles/en-summit").json()["article"]
    with open_store(store_url) as store:  # feed items are stored under their URL
        store.write({**summit, "id": "https://example.org/news/1", "text": summit["text"] + " Copy.", "hash": None})
    r = client.get("/api/articles/https%3A%2F%2Fexample.org%2Fnews%2F1")
    assert r.status_code == 200 and r.json()["article"]["id"] == "https://example.org/news/1"
    assert client.get("/articles/https%3A%2F%2Fexample.org%2Fnews%2F1").status_code == 200
