"""Partitioning: fixed sizes, ids from position, fingerprints from content and settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kronika.dist.partition import count_articles, partitions


def _write(path: Path, texts: list[str]) -> None:
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
                    encoding="utf-8")


def test_partition_sizes_and_ids_are_deterministic(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _write(src, [f"Vláda schválila zákon číslo {i}." for i in range(5)])
    parts = list(partitions([str(src)], {}, 2))
    assert [p.id for p in parts] == ["part-000000", "part-000001", "part-000002"]
    assert [len(p.items) for p in parts] == [2, 2, 1]
    again = list(partitions([str(src)], {}, 2))
    assert [p.fingerprint for p in parts] == [p.fingerprint for p in again]
    assert count_articles([str(src)], {}) == 5


def test_partition_fingerprint_follows_content_and_settings(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _write(src, ["The minister met the president.", "Parliament passed the budget.", "Troops left."])
    before = [p.fingerprint for p in partitions([str(src)], {}, 2)]
    _write(src, ["The minister met the president.", "Parliament passed the budget.", "Troops stayed."])
    after = [p.fingerprint for p in partitions([str(src)], {}, 2)]
    assert before[0] == after[0] and before[1] != after[1]
    salted = [p.fingerprint for p in partitions([str(src)], {}, 2, salt="other settings")]
    assert salted[0] != after[0]


def test_partition_keeps_unreadable_lines_as_items(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "ok", "text": "Prezident jednal."}\n{broken json\n', encoding="utf-8")
    (part,) = partitions([str(src)], {}, 10)
    assert part.items[0].data is not None
    assert part.items[1].data is None and "invalid JSON" in part.items[1].error


def test_partition_rejects_zero_size(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        next(partitions([str(tmp_path)], {}, 0))
