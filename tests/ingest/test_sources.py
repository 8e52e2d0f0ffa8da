"""Input items from text files, folders, JSONL, HTML pages, RSS/Atom feeds and a local HTTP server."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kronika.ingest import count_items, iter_items

PAGE = """<!DOCTYPE html><html lang="cs"><head><title>Vláda schválila rozpočet | Zprávy</title>
<meta property="og:title" content="Vláda schválila rozpočet na příští rok">
<meta property="article:published_time" content="2024-09-25T08:30:00+02:00">
<meta property="og:site_name" content="Testovací noviny"></head>
<body><nav><a href="/">Domů</a> <a href="/sport">Sport</a> <a href="/kultura">Kultura</a></nav>
<article><h1>Vláda schválila rozpočet na příští rok</h1>
<p>Vláda ve středu schválila návrh státního rozpočtu na příští rok se schodkem 230 miliard korun.
Ministr financí uvedl, že deficit se oproti letošku sníží o dvacet miliard.</p>
<p>Opozice návrh kritizovala. Podle jejích poslanců vláda škrtá v investicích do dopravy a školství,
zatímco výdaje na státní správu dále rostou. Sněmovna bude o rozpočtu hlasovat v listopadu.</p>
</article><footer>© Testovací noviny, všechna práva vyhrazena</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Testovací noviny</title><link>{base}/</link>
<item><title>Vláda schválila rozpočet</title><link>{base}/rozpocet.html</link>
<pubDate>Wed, 25 Sep 2024 08:30:00 +0200</pubDate><description>Schodek 230 miliard.</description></item>
<item><title>Článek, který zmizel</title><link>{base}/chybi.html</link>
<pubDate>Thu, 26 Sep 2024 09:00:00 +0200</pubDate><description>Stránka už neexistuje.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2024-10-01T10:00:00Z</updated>
<entry><title>Talks resume in Geneva</title><id>urn:wire:1</id><updated>2024-10-01T10:00:00Z</updated>
<content type="html">&lt;p&gt;Negotiators from both sides met in Geneva on Tuesday.&lt;/p&gt;</content></entry>
<entry><title>Empty item</title><id>urn:wire:2</id><updated>2024-10-02T10:00:00Z</updated></entry>
</feed>"""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """A local http.server on 127.0.0.1 serving one article page and an RSS feed that links to it."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "rozpocet.html").write_text(PAGE, encoding="utf-8")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "feed.xml").write_text(RSS.format(base=base), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def test_sources_text_folder_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Prezident jmenoval nového premiéra.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text(
        '{"id": "b1", "text": "The minister resigned.", "lang": "en"}\n'
        "not json\n"
        '{"id": "b3", "title": "no text"}\n'
        '{"id": "b4", "events": [], "actors": [], "quotes": []}\n', encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    items = list(iter_items([str(tmp_path)], {"published": "2024-05-01"}))
    assert [i.id for i in items] == ["a", "b1", f"{tmp_path}/sub/b.jsonl:2", "b3", "b4"]  # a rejection keeps its id
    assert items[0].data == {"published": "2024-05-01", "id": "a", "text": "Prezident jmenoval nového premiéra."}
    assert items[1].data and items[1].data["lang"] == "en"
    assert "invalid JSON" in items[2].error
    assert "no 'text' string" in items[3].error
    assert items[4].data is not None  # a precomputed extraction needs no text
    assert count_items([str(tmp_path)]) == 5


def test_sources_bad_files_are_reasons(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Příliš žluťoučký kůň".encode("cp1250"))
    items = list(iter_items([str(tmp_path / "latin1.txt"), str(tmp_path / "missing.txt")]))
    assert [i.data for i in items] == [None, None]
    assert "not UTF-8" in items[0].error
    assert "cannot read" in items[1].error


def test_sources_html_file_main_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "rozpocet.html"
    page.write_text(PAGE, encoding="utf-8")
    [item] = list(iter_items([str(page)]))
    assert item.data is not None
    d = item.data
    assert "schodkem 230 miliard korun" in d["text"] and "hlasovat v listopadu" in d["text"]
    assert "Sport" not in d["text"] and "práva vyhrazena" not in d["text"]
    assert (d["title"], d["published"], d["lang"], d["source"]) == (
        "Vláda schválila rozpočet na příští rok", "2024-09-25", "cs", "Testovací noviny")


def test_sources_atom_file_entries_without_fetching(tmp_path: Path) -> None:
    feed = tmp_path / "wire.atom"
    feed.write_text(ATOM, encoding="utf-8")
    items = list(iter_items([str(feed)], fetcher=None))
    assert items[0].data is not None
    assert items[0].data["text"] == "Talks resume in Geneva\n\nNegotiators from both sides met in Geneva on Tuesday."
    assert (items[0].id, items[0].data["published"]) == ("urn:wire:1", "2024-10-01")
    assert items[1].data is None and "no text" in items[1].error


def test_sources_feed_entry_of_markup_without_text_is_a_reason_not_a_crash(tmp_path: Path) -> None:
    feed = tmp_path / "odd.rss"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                    "<item><guid>a</guid><description>&lt;!-- nothing here --&gt;</description></item>"
                    "<item><guid>b</guid><description>Ministers met in Prague on Monday.</description></item>"
                    "</channel></rss>", encoding="utf-8")
    items = list(iter_items([str(feed)], fetcher=None))
    assert items[0].data is None and "no text" in items[0].error
    assert items[1].data is not None and items[1].data["text"] == "Ministers met in Prague on Monday."


def test_sources_url_page_and_feed_over_local_http(site: str) -> None:
    [page] = list(iter_items([f"{site}/rozpocet.html"]))
    assert page.data is not None and page.data["url"] == f"{site}/rozpocet.html"
    assert "schodkem 230 miliard" in page.data["text"]
    items = list(iter_items([f"{site}/feed.xml"]))
    assert items[0].data is not None and items[0].id == f"{site}/rozpocet.html"
    assert "Opozice návrh kritizovala" in items[0].data["text"]
    assert items[1].data is None and "HTTP 404" in items[1].error
    [gone] = list(iter_items([f"{site}/nothing-here"]))
    assert gone.data is None and "HTTP 404" in gone.error


def test_sources_feed_skips_links_already_stored(site: str) -> None:
    stored = {f"{site}/rozpocet.html"}
    items = list(iter_items([f"{site}/feed.xml"], known_url=stored.__contains__))
    assert [i.id for i in items] == [f"{site}/chybi.html"]


def test_sources_jsonl_streams_and_rejects_bad_lines_only(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "Prvn\xc3\xad."}\n'
                     b'{"id": "b", "text": "\xff\xfe"}\n'
                     b'{"id": "c", "text": "Third."}\n')
    items = list(iter_items([str(path)]))
    assert [(i.id, i.data is not None) for i in items] == [("a", True), (f"{path}:2", False), ("c", True)]
    assert items[0].data and items[0].data["text"] == "První."
    assert "mixed.jsonl:2: not UTF-8 text" in items[1].error
