"""`kronika extract` reads its inputs as `kronika ingest` does: HTML pages by their main text, UTF-16 files,
JSONL with bad lines rejected alone (one reader for every command)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kronika.cli import main

BODY = "".join(f"<p>Vláda České republiky dnes schválila zákon o podpoře obcí číslo {k}.</p>" for k in range(6))
PAGE = (f'<!DOCTYPE html><html lang="cs"><head><meta charset="iso-8859-2"><title>Zákon o obcích</title></head>'
        f"<body><nav>Domů | Zprávy</nav><article><h1>Vláda schválila zákon</h1>{BODY}</article></body></html>")


def _extract(tmp_path: Path, *inputs: Path) -> tuple[list[dict], str]:
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["extract", *(x for i in inputs for x in ("--input", str(i))), "--output", str(out)])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], res.output


def test_extract_html_page_is_read_by_its_main_text_not_its_markup(tmp_path: Path) -> None:
    page = tmp_path / "zakon.html"
    page.write_bytes(PAGE.encode("iso-8859-2"))
    (row,), _ = _extract(tmp_path, page)
    assert row["status"] == "ok" and row["lang"] == "cs" and row["title"] == "Vláda schválila zákon"
    assert "CZEGOV" in {a["code"] for a in row["actors"]}
    assert not any("<" in m["text"] for a in row["actors"] for m in a["mentions"])


def test_extract_utf16_text_with_and_without_byte_order_mark(tmp_path: Path) -> None:
    text = "Ministr zahraničí Jan Lipavský ve středu odsoudil ruský útok na Kyjev. " * 3
    with_bom, without = tmp_path / "bom.txt", tmp_path / "le.txt"
    with_bom.write_bytes(text.encode("utf-16"))
    without.write_bytes(text.encode("utf-16-le"))
    rows, _ = _extract(tmp_path, with_bom, without)
    assert [r["status"] for r in rows] == ["ok", "ok"] and rows[0]["lang"] == rows[1]["lang"] == "cs"
    assert rows[0]["events"] == rows[1]["events"] and rows[0]["events"][0]["source"]["code"].startswith("CZE")


def test_extract_rejects_a_bad_line_alone_and_keeps_the_article_id(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(json.dumps({"id": "a", "lang": "en", "text": "The minister resigned."}).encode() + b"\n"
                    + '{"id": "b", "lang": "cs", "text": "Žluťoučký"}'.encode("cp1250") + b"\n"
                    + json.dumps({"id": "c", "lang": "en"}).encode() + b"\n")
    rows, output = _extract(tmp_path, src)
    assert [(r["id"], r["status"]) for r in rows] == [("a", "ok"), (f"{src}:2", "rejected"), ("c", "rejected")]
    assert "not UTF-8 text" in rows[1]["reason"] and "no 'text' string" in rows[2]["reason"]
    assert "1 article(s) extracted, 2 rejected" in output
