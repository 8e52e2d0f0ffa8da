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


def test_highlight_marks_the_trigger_inside_a_long_event_span_and_merged_mentions() -> None:
    text = "Rusko a KLDR podle Putina spolupracují. Později KLDR s Ruskem opět spolupracovala."
    art = {"text": text, "actors": [], "quotes": [],
           "events": [{"type": "COOPERATE", "cameo": "060", "span": [0, 38], "trigger": "spolupracují",
                       "mentions": [{"span": [48, 81], "trigger": "spolupracovala"}]},
                      {"type": "X", "cameo": "0", "span": [0, 5], "trigger": "nenalezeno"}]}
    anns, _ = highlight_spans(art)
    got = [(a["ref"], text[a["start"]:a["end"]]) for a in anns]
    assert got == [("e1", "Rusko"), ("e0", "spolupracují"), ("e0", "spolupracovala")]
