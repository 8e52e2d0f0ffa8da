"""The store commands end to end: ingest, events, quotes, search, actors, export, all with --db."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kronika.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "store" / "data" / "extractions.jsonl"


def _ingested(tmp_path: Path) -> tuple[CliRunner, str]:
    db = str(tmp_path / "k.db")
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(SAMPLES), "--db", db, "--precomputed", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "3 stored, 0 already stored, 0 rejected" in res.output
    return runner, db


def test_store_cli_ingest_twice_and_rejections(tmp_path: Path) -> None:
    runner, db = _ingested(tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{nope\n", encoding="utf-8")
    res = runner.invoke(main, ["ingest", str(SAMPLES), str(bad), "--db", db, "--no-progress"])
    assert res.exit_code == 0
    assert "0 stored, 3 already stored, 1 rejected" in res.output and "invalid JSON" in res.output


def test_store_cli_events_filters_as_json_and_table(tmp_path: Path) -> None:
    runner, db = _ingested(tmp_path)
    res = runner.invoke(main, ["events", "--db", db, "--dyad", "RUS", "PRK", "--json"])
    assert [e["cameo"] for e in json.loads(res.output)] == ["040", "042"]
    res = runner.invoke(main, ["events", "--db", db, "--quad", "3", "--since", "2024-07", "--json"])
    assert [(e["type"], e["negated"]) for e in json.loads(res.output)] == [("DISAPPROVE", True)]
    table = runner.invoke(main, ["events", "--db", db, "--attributed-to", "KORGOV"]).output.splitlines()
    assert table[0].split() == ["day", "type", "cameo", "source", "target", "trigger", "per", "article"]
    assert "odsoudila" in table[1] and "ministerstvo zahraničí [KORGOV]" in table[1]
    res = runner.invoke(main, ["events", "--db", db, "--text", "Pchjongjangu", "--type", "consult", "--json"])
    assert len(json.loads(res.output)) == 2


def test_store_cli_quotes_search_actors(tmp_path: Path) -> None:
    runner, db = _ingested(tmp_path)
    quotes = json.loads(runner.invoke(main, ["quotes", "--db", db, "--speaker", "CHNGOV", "--json"]).output)
    assert [q["text"] for q in quotes] == ["We call for restraint,"]
    found = json.loads(runner.invoke(main, ["search", "sanctions", "--db", db, "--json"]).output)
    assert [a["article"] for a in found["articles"]] == ["en-sanctions"]
    actors = json.loads(runner.invoke(main, ["actors", "--db", db, "--actor", "KOR", "--json"]).output)
    assert [(a["code"], a["articles"], a["first_seen"]) for a in actors] == [("KOR", 1, "2024-06-19")]
    text = runner.invoke(main, ["search", "tramvají", "--db", db]).output
    assert "cs-weather" in text and "[tramvají]" in text


def test_store_cli_export_formats(tmp_path: Path) -> None:
    runner, db = _ingested(tmp_path)
    for fmt, n in (("jsonl", 3), ("plover", 5), ("gdelt", 5), ("parquet", 5)):
        out = tmp_path / f"out.{fmt}"
        res = runner.invoke(main, ["export", "--db", db, "--format", fmt, "--output", str(out)])
        assert res.exit_code == 0 and f"{n} record(s) written" in res.output, res.output
        assert out.stat().st_size > 0
    res = runner.invoke(main, ["export", "--db", db, "--format", "jsonl", "--output", "-", "--actor", "RUS"])
    assert res.exit_code == 2 and "whole articles" in res.output
