"""Every page that shows stored text, in Debian's Chromium, over a store whose every text field is hostile markup:
nothing executes, no element is injected, no inline script is even attempted (CSP reports none), the markup
shows as text. Pages are enumerated from the app, so a new page is covered without changes here."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from playwright.sync_api import Browser, Page

from kronika.api import ServeConfig, create_app
from kronika.api.audit import declared_routes
from kronika.store import open_store


def pwn(tag: str) -> str:
    """Markup that, if the page ran it, would set window.pwned to `tag` (in several ways)."""
    return (f"<script>window.pwned='{tag}'</script><img src=x onerror=\"window.pwned='{tag}'\">"
            f"\"><svg onload=window.pwned='{tag}'>'><iframe srcdoc=\"<b>{tag}</b>\"></iframe>")


ACTOR, PARTNER, SPEAKER = pwn("actor"), pwn("partner"), pwn("speaker")
TEXT = f"Intro {pwn('text')} {ACTOR} met {PARTNER}. \"{pwn('quote')}\" said {SPEAKER}. zebrafish"


def _span(sub: str, start: int = 0) -> list[int]:
    at = TEXT.index(sub, start)
    return [at, at + len(sub)]


def hostile_extraction() -> dict[str, Any]:
    """One article whose title, id, url, actors, quote, speaker, cue, event fields and text are all markup."""
    src = {"code": "RUSGOV", "name": ACTOR, "text": ACTOR, "span": _span(ACTOR)}
    tgt = {"code": pwn("tcode"), "name": PARTNER, "text": PARTNER, "span": _span(PARTNER)}
    event = {"type": "CONSULT", "mode": pwn("mode"), "cameo": "040", "goldstein": 1.0, "quad_class": 1,
             "source": src, "target": tgt, "trigger": "met", "span": _span("met"), "sentence": 0,
             "date": "2024-06-10", "rule": pwn("rule"), "attributed_to": {"name": SPEAKER, "text": SPEAKER}}
    conflict = {**event, "type": "ACCUSE", "cameo": "112", "goldstein": -2.0, "quad_class": 3, "date": "2024-06-12",
                "source": {**tgt, "code": "UKR"}, "target": src}
    return {"schema": "1.0", "id": "hostile/" + pwn("id"), "lang": "en", "published": "2024-06-11",
            "title": pwn("title"), "url": "javascript:window.pwned='url'", "status": "ok", "text": TEXT,
            "actors": [{"id": "A1", "name": ACTOR, "code": "RUSGOV", "type": "PER",
                        "mentions": [{"text": ACTOR, "span": _span(ACTOR)}]},
                       {"id": "A2", "name": PARTNER, "code": pwn("code"), "type": pwn("kind"),
                        "mentions": [{"text": PARTNER, "span": _span(PARTNER)}]}],
            "quotes": [{"text": pwn("quote"), "span": _span(pwn("quote")), "direct": True, "cue": "said",
                        "cue_span": _span("said"), "sentence": 1, "rule": "test",
                        "speaker": {"code": "RUSGOV", "name": SPEAKER, "text": SPEAKER, "span": _span(SPEAKER)}}],
            "events": [event, conflict]}


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory,
                serve: Callable[[str], AbstractContextManager[str]]) -> Iterator[str]:
    """The app over a store holding the hostile article, served by uvicorn on a free loopback port."""
    db = str(tmp_path_factory.mktemp("hostile") / "kronika.db")
    with open_store(db) as store:
        store.write(hostile_extraction())
    with serve(db) as url:
        yield url


def page_urls() -> list[str]:
    """Every HTML page of the app: path ids set to the hostile article and actor; filters empty, then hostile."""
    app = create_app(ServeConfig(db=":memory:", event_index=False))
    values = {"ident": "hostile/" + pwn("id"), "actor": ACTOR}
    urls = []
    for spec in declared_routes(app):
        if spec.api or "GET" not in spec.methods or spec.path == "/docs":
            continue
        urls.append(spec.url(values))
        if spec.query is not None:
            text = [n for n, f in spec.query.model_fields.items() if f.annotation == str | None]
            urls.append(spec.url(values) + "?" + urlencode({n: pwn(f"filter-{n}") for n in text}))
    return [*urls, "/actors/RUSGOV", "/timeline?actor=RUSGOV&bucket=day", "/events?actor=RUSGOV",
            "/search?q=zebrafish", "/actors/" + quote(PARTNER, safe="")]


INJECTED = ("main img, main svg[onload], main iframe, body script:not([src^='/static/']), "
            "[onerror], [onload], [srcdoc]")


def visit(page: Page, url: str, problems: list[str]) -> None:
    """Load one page, hover every highlight and event (the details panel copies stored text), check the DOM."""
    response = page.goto(url)
    assert response is not None and response.status in (200, 404, 422), (url, response and response.status)
    page.wait_for_load_state("load")
    for el in page.locator("[data-refs]").all()[:12]:
        el.dispatch_event("mouseover")  # long hostile names make the panel cover the list: no pointer hover
    state = page.evaluate("sel => ({pwned: window.pwned === undefined ? null : String(window.pwned),"
                          " injected: document.querySelectorAll(sel).length, title: document.title})", INJECTED)
    if state["pwned"] is not None or state["injected"]:
        problems.append(f"{url}: {state}")
    if not state["title"].endswith("· kronika"):
        problems.append(f"{url}: title {state['title']!r}")


def test_browser_hostile_text_is_inert_on_every_page(browser: Browser, hostile_url: str) -> None:
    ctx = browser.new_context(base_url=hostile_url)
    page = ctx.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"script error: {exc}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("console", lambda m: problems.append(f"console: {m.text}") if "Content Security Policy" in m.text
            else None)  # an inline script or handler that got into the page is refused and reported here
    page.on("request", lambda r: None if r.url.startswith(hostile_url) else problems.append(f"external: {r.url}"))
    urls = page_urls()
    assert len(urls) >= 14
    for url in urls:
        visit(page, url, problems)
    assert problems == []
    page.goto(page_urls()[[u.startswith("/articles/hostile") for u in page_urls()].index(True)])
    shown = page.inner_text("main")
    assert pwn("title") in page.inner_text("h1") and ACTOR in shown and pwn("quote")[:60] in shown
    page.goto("/actors/RUSGOV")
    assert "partner" in (page.text_content("svg#network") or "")  # the partner's hostile name is SVG text, not markup
    ctx.close()
    assert problems == []
