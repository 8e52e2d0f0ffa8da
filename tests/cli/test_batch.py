"""`kronika batch` from the command line: a real local-cluster run, its summary, and a resumed run."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from kronika.cli import main


def test_batch_cli_runs_and_resumes(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n1", "lang": "en", "text": "The minister resigned on Friday."}) + "\n"
                   + json.dumps({"id": "n2", "lang": "cs", "text": "Premiér navštívil Vídeň."}) + "\n"
                   + json.dumps({"id": "n3", "lang": "en"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["batch", str(src), "--output", str(out), "--workers", "1", "--partition-size", "2", "--no-progress"]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    assert "2 done" in res.output and "(2 ok, 1 rejected)" in res.output
    rows = pq.read_table(out / "articles").to_pylist()
    assert {r["id"]: r["status"] for r in rows} == {"n1": "ok", "n2": "ok", "n3": "rejected"}
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "2 already finished" in again.output
