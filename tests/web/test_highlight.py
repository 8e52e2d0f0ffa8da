"""Highlight pieces from spans: nesting, touching spans, bad spans dropped with the reason."""

from __future__ import annotations

from kronika.web.highlight import highlight_spans, segments


def test_highlight_nested_spans_become_flat_pieces() -> None:
    text = "He said: Russia attacked Kyiv."
    art = {"text": text,
           "actors": [{"name": "Russia", "code": "RUS", "mentions": [{"text": "Russia", "span": [9, 15]}]}],
           "quotes": [{"text": "Russia attacked Kyiv.", "span": [9, 30], "speaker": {"name": "X"}}],
           "events": [{"type": "ASSAULT", "cameo": "190", "span": [16, 24]}]}
    anns, dropped = highlight_spans(art)
    assert dropped == []
    pieces = segments(text, anns)
    assert "".join(p["text"] for p in pieces) == text
    by_text = {p["text"]: p for p in pieces}
    assert by_text["Russia"]["kinds"] == ["actor", "quote"] and by_text["Russia"]["refs"] == ["q0", "a0"]
    assert by_text["attacked"]["kinds"] == ["quote", "trigger"]
    assert by_text["He said: "]["refs"] == []


def test_highlight_bad_spans_are_dropped_with_a_reason() -> None:
    art = {"text": "short", "actors": [{"mentions": [{"span": [2, 99]}, {"span": None}]}], "quotes": [],
           "events": [{"span": [3, 3]}]}
    anns, dropped = highlight_spans(art)
    assert anns == []
    assert [d["reason"] for d in dropped] == ["span 2-99 outside the text (length 5)", "no character span",
                                              "span 3-3 outside the text (length 5)"]
