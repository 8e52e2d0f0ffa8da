"""Full-text filters take any words: ones the FTS5 tokenizer cuts in two (snake_case) no longer fail the query."""

from __future__ import annotations

from kronika.store import EventFilter, count_events, find_quotes, open_store, search


def test_store_fts_words_with_underscores_match_like_two_words(store_url: str) -> None:
    # Regression: "pg_sleep" went to FTS5 as one quoted phrase of two tokens, which detail=column cannot
    # answer ("phrase queries are not supported"): every search, quote and event text filter with it failed.
    with open_store(store_url) as store:
        store.write({"id": "a", "lang": "en", "text": "The pg sleep call and the snake case name.",
                     "actors": [], "events": [{"type": "CONSULT", "span": [0, 3], "trigger": "The", "sentence": 0}],
                     "quotes": [{"text": "pg sleep again", "span": [0, 3], "direct": True}]})
        for words in ("pg_sleep", "snake__case", "_", "pg_sleep'; --"):
            assert [a["article"] for a in search(store, words)["articles"]] == (["a"] if "sleep" in words or
                                                                                 "snake" in words else [])
        assert [q["text"] for q in find_quotes(store, text="pg_sleep")] == ["pg sleep again"]
        assert count_events(store, EventFilter(text="snake_case_name")) == 1
        assert count_events(store, EventFilter(text="snake_case_elephant")) == 0
