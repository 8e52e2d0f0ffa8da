"""Fuzzing the readers: any bytes in any file give articles or per-item rejections with reasons, never a crash."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from fuzz_inputs import hostile_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.ingest import iter_items
from kronika.io import InputItem, read_inputs

FUZZ = settings(max_examples=60, deadline=20_000, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = [".txt", ".jsonl", ".json", ".html", ".xml", ".rss", ".md", ".atom"]
CZECH = "Žluťoučký kůň úpěl ďábelské ódy. Vláda v úterý schválila rozpočet."
HEADS = [b"", b"{", b"<html>", b"<!DOCTYPE html><html lang='cs'>", b"<?xml version='1.0'?><rss>", b"<feed>",
         b"\xef\xbb\xbf", b"\x00\x00", b'{"text": 5}\n', b'{"id": "a", "text": "ok"}\n[1,2]\n{bad\n']


def assert_items_sound(items: list[InputItem]) -> None:
    """Each item is an article with a text string, or a rejection with a reason."""
    for item in items:
        assert isinstance(item.id, str)
        if item.data is None:
            assert item.error
        else:
            assert isinstance(item.data.get("text"), str) or any(
                isinstance(item.data.get(k), list) for k in ("actors", "quotes", "events"))


def read_both(body: bytes, suffix: str) -> None:
    """Run the ingest sources and the `kronika extract` reader over one file with this body."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"item{suffix}"
        path.write_bytes(body)
        assert_items_sound(list(iter_items([str(path)], fetcher=None)))
        assert_items_sound(list(read_inputs([str(path)], {})))


@FUZZ
@given(head=st.sampled_from(HEADS), body=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_fuzz_ingest_random_bytes_in_any_file(head: bytes, body: bytes, suffix: str) -> None:
    read_both(head + body, suffix)


@FUZZ
@given(text=hostile_text(max_parts=12), codec=st.sampled_from(["utf-8", "cp1250", "latin-1", "utf-16"]),
       suffix=st.sampled_from(SUFFIXES), wrap=st.sampled_from(["{}", "<html><body><p>{}</p></body></html>",
                                                               '{{"id": "x", "text": "{}"}}', "<rss>{}</rss>"]))
def test_fuzz_ingest_hostile_text_in_wrong_encodings(text: str, codec: str, suffix: str, wrap: str) -> None:
    read_both(wrap.format(text).encode(codec, errors="replace"), suffix)


def test_fuzz_ingest_cp1250_file_is_rejected_with_reason(tmp_path: Path) -> None:
    path = tmp_path / "clanek.txt"
    path.write_bytes(CZECH.encode("cp1250"))
    for items in (list(iter_items([str(path)], fetcher=None)), list(read_inputs([str(path)], {}))):
        assert len(items) == 1 and items[0].data is None and "not UTF-8" in items[0].error


def test_fuzz_ingest_binary_passed_as_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10)
    for items in (list(iter_items([str(path)], fetcher=None)), list(read_inputs([str(path)], {}))):
        assert len(items) == 1 and items[0].data is None and items[0].error


def test_fuzz_ingest_bad_jsonl_lines_do_not_stop_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = ['{"id": "a", "text": "Vláda to schválila."}', "{broken", "[1, 2]", '{"id": "b"}', "\x00\x01",
             '{"id": "c", "text": "Ministr odstoupil."}', '"just a string"', '{"id": "d", "text": null}']
    path.write_text("\n".join(lines), encoding="utf-8")
    for items in (list(iter_items([str(path)], fetcher=None)), list(read_inputs([str(path)], {}))):
        good = [i.id for i in items if i.data is not None]
        assert good == ["a", "c"] and sum(1 for i in items if i.data is None) == 6


def test_fuzz_ingest_jsonl_line_with_unicode_line_separators_stays_one_article(tmp_path: Path) -> None:
    # JSON allows raw U+2028/U+0085/U+001E in strings and `ensure_ascii=False` writers emit them;
    # str.splitlines() would cut the line there and lose the article.
    path = tmp_path / "batch.jsonl"
    text = "První věta.\u2028Druhá věta.\x85Třetí\x1eČtvrtá\x0cpátá."
    path.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\r\n" +
                    json.dumps({"id": "b", "text": "Ministr odstoupil."}) + "\n", encoding="utf-8")
    for items in (list(iter_items([str(path)], fetcher=None)), list(read_inputs([str(path)], {}))):
        assert [(i.id, i.data and i.data["text"]) for i in items] == [("a", text), ("b", "Ministr odstoupil.")]
