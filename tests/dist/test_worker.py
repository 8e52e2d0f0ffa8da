"""Worker side: one cached pipeline per process, failures become rejected rows, partitions written."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from kronika import Pipeline, Settings
from kronika.dist.output import article_path
from kronika.dist.worker import cached_pipeline, extract_row, memory_mb, process_partition
from kronika.io import InputItem


def test_worker_pipeline_is_cached_per_settings() -> None:
    s = Settings.load(max_chars=5000)
    assert cached_pipeline(s) is cached_pipeline(Settings.load(max_chars=5000))
    assert cached_pipeline(s) is not cached_pipeline(Settings.load(max_chars=6000))


def test_worker_extract_row_ok_on_real_text(pipeline: Pipeline) -> None:
    row = extract_row(pipeline, InputItem("v1", {"id": "v1", "lang": "cs",
                                                 "text": "Ministr zahraničí odcestoval do Berlína."}))
    assert row["status"] == "ok" and row["lang"] == "cs" and row["words"] == 5
    assert isinstance(json.loads(row["actors"]), list) and row["seconds"] > 0


def test_worker_extract_row_records_failures(pipeline: Pipeline) -> None:
    unreadable = extract_row(pipeline, InputItem("in.jsonl:3", None, "line 3: invalid JSON (Expecting value)"))
    assert unreadable["status"] == "rejected" and "invalid JSON" in unreadable["reason"]
    broken = extract_row(pipeline, InputItem("x", {"id": "x", "text": 42}))
    assert broken["status"] == "rejected" and broken["reason"].startswith("pipeline failed: ValueError")
    empty = extract_row(pipeline, InputItem("e", {"id": "e", "text": "  "}))
    assert empty["status"] == "rejected" and empty["reason"] == "empty text"


def test_worker_process_partition_writes_and_reports(tmp_path: Path) -> None:
    items = [InputItem("a", {"id": "a", "lang": "en", "text": "The president visited Warsaw on Monday."}),
             InputItem("b", None, "line 2: not a JSON object")]
    res = process_partition("part-000007", "fp", items, Settings(), str(tmp_path), events=True)
    assert res["status"] == "done" and (res["ok"], res["rejected"]) == (1, 1)
    assert res["peak_rss_mb"] >= res["rss_mb"] > 0 or res["peak_rss_mb"] > 0
    rows = pq.read_table(article_path(tmp_path, "part-000007")).to_pylist()
    assert [r["status"] for r in rows] == ["ok", "rejected"]


def test_worker_memory_is_measured() -> None:
    now, peak = memory_mb()
    assert 0 < now <= peak * 1.01
