"""Parquet output: atomic partition files, fingerprint check, flat event rows, manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from kronika.dist.output import (
    article_path,
    event_path,
    event_rows,
    finished,
    load_manifest,
    save_manifest,
    write_partition,
)

EVENT = {"type": "CONSULT", "mode": "visit", "cameo": "042", "goldstein": 1.9, "quad_class": 1,
         "source": {"code": "RUSGOV", "name": "Vladimir Putin", "text": "Putin", "span": [0, 5]},
         "target": {"code": "PRK", "name": "North Korea", "text": "Pyongyang", "span": [15, 24]},
         "date": "2024-06-18", "attributed_to": None, "negated": False, "future": True, "hypothetical": False,
         "sentence": 0, "span": [6, 14], "trigger": "visited", "rule": "test"}


def _row(ident: str, events: list[dict[str, object]]) -> dict[str, object]:
    return {"id": ident, "lang": "en", "published": "2024-06-18", "title": None, "url": None, "status": "ok",
            "reason": "", "chars": 25, "words": 4, "seconds": 0.01, "actors": "[]", "quotes": "[]",
            "events": json.dumps(events)}


def test_output_partition_round_trip_and_fingerprint(tmp_path: Path) -> None:
    write_partition(tmp_path, "part-000000", "fp1", [_row("a", [EVENT]), _row("b", [])], events=True)
    table = pq.read_table(article_path(tmp_path, "part-000000"))
    assert table.column("id").to_pylist() == ["a", "b"]
    ev = pq.read_table(event_path(tmp_path, "part-000000")).to_pylist()
    assert ev[0]["article_id"] == "a" and ev[0]["source_code"] == "RUSGOV" and ev[0]["target_code"] == "PRK"
    assert ev[0]["span_start"] == 6 and ev[0]["future"] is True
    assert finished(tmp_path, "part-000000", "fp1")
    assert not finished(tmp_path, "part-000000", "fp2")
    assert not finished(tmp_path, "part-000001", "fp1")
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_output_damaged_file_is_not_finished(tmp_path: Path) -> None:
    path = article_path(tmp_path, "part-000003")
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PAR1 truncated by a crash")
    assert not finished(tmp_path, "part-000003", "fp")


def test_output_event_rows_tolerate_missing_roles() -> None:
    lone = {**EVENT, "source": None, "target": None, "span": None}
    (row,) = event_rows([_row("x", [lone])])
    assert row["source_code"] is None and row["target_code"] is None and row["span_start"] is None


def test_output_manifest_saved_atomically(tmp_path: Path) -> None:
    assert load_manifest(tmp_path) == {"partitions": {}}
    save_manifest(tmp_path, {"partitions": {"part-000000": {"status": "done"}}})
    assert load_manifest(tmp_path)["partitions"]["part-000000"]["status"] == "done"
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]
