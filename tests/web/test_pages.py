"""Server-rendered pages: content from the same views as the API, escaping, filters, charts, errors."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def page(web: TestClient, url: str, status: int = 200) -> str:
    r = web.get(url)
    assert r.status_code == status, (url, r.status_code)
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def test_pages_every_page_renders_with_local_assets_only(web: TestClient) -> None:
    for url in ("/", "/events", "/actors", "/actors/RUS", "/articles", "/articles/en-summit", "/timeline",
                "/search?q=Putin", "/docs"):
        html = page(web, url)
        assert not re.search(r"""(src=|<link[^>]*href=)["'](https?:)?//""", html), url  # nothing from another host
    assert web.get("/static/app.js").status_code == 200 and web.get("/static/style.css").status_code == 200


def test_pages_article_escapes_markup_and_links_only_http(web: TestClient) -> None:
    html = page(web, "/articles/en-markup")
    assert "<script>window.pwned" not in html and "<img src=x" not in html and "<b>Ukraine" not in html
    assert "&lt;script&gt;window.pwned = 1; document.title = &#39;pwned&#39;;&lt;/script&gt;" in html
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&lt;i&gt;Markup&lt;/i&gt; title" in html
    assert "Kharkiv &amp; other cities" in html
    assert "javascript:" not in html  # the stored url is not a link
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script src="/static/app.js" defer>']


def test_pages_article_highlights_spans_with_details(web: TestClient) -> None:
    html = page(web, "/articles/en-summit")
    assert re.search(r'<span class="hl-trigger " data-refs="e0"[^>]*>met</span>', html)
    assert re.search(r'<span class="hl-actor " data-refs="a0"[^>]*>Vladimir Putin</span>', html)
    assert re.search(r'<span class="hl-actor hl-quote " data-refs="q0 a0"[^>]*>Putin</span>', html) is None
    assert 'data-refs="q0"' in html  # the quote itself
    assert 'data-detail="e2"' in html and "2024-06-17" in html  # the visit's details: its date
    assert '<a class="actor" href="/actors/PRK"' in html


def test_pages_events_filter_page_and_link_to_articles(web: TestClient) -> None:
    html = page(web, "/events?quad=4")
    assert "<td>SANCTION</td>" in html and "<td>CONSULT</td>" not in html
    assert '<p class="count" id="count">1 events' in html
    assert 'href="/articles/cs-sankce#e0"' in html
    first = page(web, "/events?limit=3&sort=day")
    assert 'rel="next" href="/events?sort=day&amp;limit=3&amp;offset=3"' in first
    assert "rel=\"prev\"" not in first
    blank = page(web, "/events?actor=&type=&quad=&since=&until=&text=&sort=-day&limit=50")
    assert "7 events" in blank  # empty form fields mean 'any'


def test_pages_bad_filter_gives_an_html_error_page(web: TestClient) -> None:
    html = page(web, "/events?quad=9", 422)
    assert "query.quad" in html and "Traceback" not in html
    assert "no article" in page(web, "/articles/nope", 404)
    page(web, "/no/such/page", 404)


def test_pages_actor_network_colours_cooperation_and_conflict(web: TestClient) -> None:
    html = page(web, "/actors/RUS")
    assert 'class="edge coop out"' in html  # RUS -> CHNGOV talks and agreement
    assert 'class="edge conflict in"' in html  # UKR accuses RUS, EU sanctions RUS
    assert '<a href="/actors/CHNGOV">' in html
    assert "6 events" in html


def test_pages_timeline_chart_for_a_dyad(web: TestClient) -> None:
    html = page(web, "/timeline?source=RUS&target=CHNGOV&bucket=day")
    assert html.count('<g class="bar"') == 1 and 'data-period="2024-06-10"' in html
    assert 'href="/events?source=RUS&amp;target=CHNGOV&amp;since=2024-06-10&amp;until=2024-06-10"' in html
    week = page(web, "/timeline?actor=RUS")
    assert "2024-W25" in week and "polyline" in week


def test_pages_search_finds_articles_and_quotes(web: TestClient) -> None:
    html = page(web, "/search?q=closer+than")
    assert "Our countries are closer than ever," in html and 'href="/articles/en-summit"' in html
    assert 'value="closer than"' in html
    assert "No article contains" in page(web, "/search?q=zzzzqqq")
