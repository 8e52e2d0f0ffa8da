"""The ingest loop: idempotent, bad items recorded and skipped, known hashes never re-extracted."""

from __future__ import annotations

import json
from pathlib import Path

from kronika.ingest import ingest, iter_items, pipeline_extractor
from kronika.store import iter_articles, open_store, store_stats

SAMPLES = Path(__file__).resolve().parents[1] / "store" / "data" / "extractions.jsonl"


def _input(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(SAMPLES.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    return path


def test_runner_precomputed_twice_changes_nothing(store_url: str, tmp_path: Path) -> None:
    path = _input(tmp_path)
    with open_store(store_url) as store:
        first = ingest(store, iter_items([str(path)]), None, progress=False)
        counts = store_stats(store)
        second = ingest(store, iter_items([str(path)]), None, progress=False)
        assert (first.stored, first.duplicates, first.rejected) == (3, 0, 1)
        assert (second.stored, second.duplicates, second.rejected) == (0, 3, 1)
        assert {**store_stats(store), "rejections": 1} == counts
        [rej] = store.db.query("SELECT item, reason, times FROM rejections")
    assert rej["item"].endswith("in.jsonl:4") and "invalid JSON" in rej["reason"] and rej["times"] == 2
    assert counts["events"] == 5 and counts["quotes"] == 3


def test_runner_malformed_extraction_rejected_run_goes_on(store_url: str, tmp_path: Path) -> None:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[1])
    bad["events"][0]["span"] = ["start", "end"]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([lines[0], json.dumps(bad), lines[2]]) + "\n", encoding="utf-8")
    with open_store(store_url) as store:
        report = ingest(store, iter_items([str(path)]), None, progress=False)
        assert (report.stored, report.rejected) == (2, 1)
        assert "en-sanctions: cannot store (ValueError" in report.reasons[0]
        assert store_stats(store)["events"] == 3  # the rejected article left no events behind


def test_runner_known_hash_is_skipped_before_extraction(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("The minister resigned on Monday.", encoding="utf-8")
    with open_store(str(tmp_path / "k.db")) as store:
        store.write({"id": "a", "text": "The minister resigned on Monday.", "actors": [], "quotes": [], "events": []})
        report = ingest(store, iter_items([str(text)]), None, progress=False)  # no extractor: must not be needed
    assert (report.stored, report.duplicates, report.rejected) == (0, 1, 0)


def test_runner_precomputed_flag_rejects_plain_articles(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Parlament schválil zákon.", encoding="utf-8")
    with open_store(str(tmp_path / "k.db")) as store:
        report = ingest(store, iter_items([str(text)]), None, precomputed=True, progress=False)
        assert report.rejected == 1 and "--precomputed" in report.reasons[0]
        assert store_stats(store)["articles"] == 0


def test_runner_extracts_with_the_pipeline(tmp_path: Path) -> None:
    text = tmp_path / "zprava.txt"
    text.write_text("Ministr zahraničí Jan Lipavský v pondělí navštívil Kyjev. Jednal tam s ukrajinským "
                    "prezidentem o další pomoci.", encoding="utf-8")
    with open_store(str(tmp_path / "k.db")) as store:
        report = ingest(store, iter_items([str(text)], {"published": "2024-03-04"}), pipeline_extractor(),
                        progress=False)
        [d] = list(iter_articles(store))
        sentences = d["sentences"]
    assert report.stored == 1
    assert (d["id"], d["lang"], d["published"], d["status"]) == ("zprava", "cs", "2024-03-04", "ok")
    assert sentences[0] == [0, 57] and len(sentences) == 2
    assert json.loads(json.dumps(d))["text"].startswith("Ministr zahraničí")


def test_runner_article_the_database_refuses_is_rejected_alone(store_url: str, tmp_path: Path) -> None:
    # Its rows build (an actor id that is an object), but the group insert fails: the group is written
    # again article by article, the refused one is rejected with the database's reason, the rest stored.
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[0])
    bad["actors"][0]["id"] = {"not": "a string"}
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([json.dumps(bad, ensure_ascii=False), lines[1], lines[2]]) + "\n", encoding="utf-8")
    with open_store(store_url) as store:
        report = ingest(store, iter_items([str(path)]), None, progress=False, commit_every=100)
        assert (report.stored, report.duplicates, report.rejected) == (2, 0, 1)
        assert report.reasons[0].startswith("cs-visit: cannot store (ProgrammingError")
        assert [d["id"] for d in iter_articles(store)] == ["en-sanctions", "cs-weather"]
        assert store_stats(store)["rejections"] == 1
