"""Opening a brand-new store from several connections at once: each open migrates or waits, none fails."""

from __future__ import annotations

import threading

from kronika.store import open_store, store_stats


def test_store_concurrent_first_opens_all_succeed(store_url: str) -> None:
    # Regression: on PostgreSQL, CREATE TABLE IF NOT EXISTS schema_version from two fresh connections at once
    # failed one of them (UniqueViolation on pg_type): a reader opening the store as `kronika ingest` first
    # created it died. Found by the kill -9 rounds (tests/robustness/crash_rounds.py).
    errors: list[str] = []
    start = threading.Barrier(6)

    def open_one() -> None:
        start.wait()
        try:
            with open_store(store_url) as store:
                store_stats(store)
        except Exception as exc:  # any failure is what the test looks for
            errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=open_one) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(store_url) as store:
        assert store.db.version() >= 3
