"""A real batch run on a local Dask cluster: output, recorded failures, resume, recovery after a crash."""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path

import dask
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster

from kronika import Settings
from kronika.dist import BatchConfig, BatchReport, run_batch
from kronika.dist.output import article_path, load_manifest

CRASHING = Path(__file__).with_name("crashing.py")
TEXTS = [
    ("cs", "Ruský prezident přiletěl do Pchjongjangu. Severokorejský vůdce ho přivítal na letišti."),
    ("en", "The German chancellor met the French president in Paris on Tuesday."),
    ("cs", "Vláda v pondělí schválila návrh rozpočtu, řekl ministr financí."),
    ("en", "Protesters gathered outside the parliament in Budapest."),
    ("en", "word " * 60),  # longer than max_chars below: rejected with a reason
]


MARKER = "KRONIKA-TEST-KILL-WORKER"  # the text that makes tests/dist/crashing.py end its worker process


def _inputs(tmp_path: Path, texts: list[tuple[str, str]]) -> Path:
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"t{i}", "lang": lang, "text": text}) for i, (lang, text) in enumerate(texts)]
    lines.insert(2, "{not json")  # an unreadable line is an article that failed, not a dead job
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def _cfg(src: Path, out: Path) -> BatchConfig:
    return BatchConfig(inputs=[str(src)], output=str(out), settings=Settings.load(max_chars=200), workers=1,
                       partition_size=2, progress=False)


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, BatchReport]:
    """One real run over six input lines in three partitions on a one-worker local cluster."""
    tmp = tmp_path_factory.mktemp("batch")
    src, out = _inputs(tmp, TEXTS), tmp / "out"
    return src, out, run_batch(_cfg(src, out))


def test_runner_real_run_writes_every_article(first_run: tuple[Path, Path, BatchReport]) -> None:
    _src, out, rep = first_run
    assert (rep.partitions, rep.done, rep.failed, rep.articles) == (3, 3, 0, 6)
    rows = pq.read_table(out / "articles").to_pylist()
    by_id = {r["id"]: r for r in rows}
    assert len(rows) == 6 and by_id["t0"]["lang"] == "cs" and by_id["t0"]["status"] == "ok"
    assert by_id["t4"]["status"] == "rejected" and "max_chars" in by_id["t4"]["reason"]
    bad = [r for r in rows if r["id"].endswith(":3")]
    assert bad and bad[0]["status"] == "rejected" and "invalid JSON" in bad[0]["reason"]
    assert (out / "events" / "part-000000.parquet").exists()
    parts = load_manifest(out)["partitions"]
    assert sorted(parts) == ["part-000000", "part-000001", "part-000002"]
    assert all(p["status"] == "done" and p["peak_rss_mb"] > 0 for p in parts.values())


def test_runner_resume_skips_finished_and_redoes_damaged(first_run: tuple[Path, Path, BatchReport]) -> None:
    src, out, _rep = first_run
    again = run_batch(_cfg(src, out))
    assert (again.skipped, again.done, again.articles) == (3, 0, 0)
    # a crash mid-write leaves a temp file and maybe a damaged file; changed input changes a fingerprint
    article_path(out, "part-000001").write_bytes(b"PAR1 cut short")
    (out / "articles" / ".part-000002.parquet.dead.tmp").write_bytes(b"partial")
    texts = [*TEXTS[:4], ("en", "Troops withdrew from the border.")]
    rep = run_batch(_cfg(_inputs(src.parent, texts), out))
    assert (rep.skipped, rep.done, rep.articles) == (1, 2, 4)
    rows = pq.read_table(out / "articles").to_pylist()
    assert len(rows) == 6 and {r["id"]: r["status"] for r in rows}["t4"] == "ok"
    assert not list(out.rglob("*.tmp"))  # a dead writer's temp file is cleared once nothing is in flight


def test_runner_worker_crash_rejects_only_the_article_that_caused_it(tmp_path: Path) -> None:
    texts = [("en", "The army left the city."), ("en", f"{MARKER} The minister spoke."),
             ("en", "Police detained two men."), ("en", "Talks resumed in Geneva."), ("en", "The cabinet resigned.")]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"k{i}", "lang": lang, "text": t}) + "\n"
                           for i, (lang, t) in enumerate(texts)), encoding="utf-8")
    settings = Settings.load(components=["parse", "crash_on_marker"], languages=["en"])  # one model to reload
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                         scheduler_kwargs={"dashboard": False}, preload=[str(CRASHING)]
                         ) as cluster:
        rep = run_batch(BatchConfig(inputs=[str(src)], output=str(tmp_path / "out"), settings=settings,
                                    scheduler=cluster.scheduler_address, partition_size=3, progress=False))
        with Client(cluster) as client:  # the restarted worker built its pipeline once, as its first did
            loaded = client.run(lambda: len(importlib.import_module("kronika.dist.worker")._PIPELINES))
    assert list(loaded.values()) == [1]
    assert (rep.done, rep.failed, rep.articles, rep.ok) == (2, 0, 5, 4)
    rows = {r["id"]: r for r in pq.read_table(tmp_path / "out" / "articles").to_pylist()}
    assert rows["k1"]["status"] == "rejected" and rows["k1"]["reason"].startswith("worker died")
    assert [rows[f"k{i}"]["status"] for i in (0, 2, 3, 4)] == ["ok"] * 4


def test_runner_gives_up_on_a_cluster_without_workers(tmp_path: Path) -> None:
    src = _inputs(tmp_path, TEXTS[:3])
    with LocalCluster(n_workers=0, processes=True, dashboard_address=":0",
                      scheduler_kwargs={"dashboard": False}) as cluster:
        cfg = _cfg(src, tmp_path / "out")
        cfg.scheduler, cfg.stall_timeout = cluster.scheduler_address, 1.0
        rep = run_batch(cfg)
    assert (rep.partitions, rep.done, rep.failed) == (2, 0, 2)
    assert all("no worker alive" in r for r in rep.failures.values())
    assert {p["status"] for p in load_manifest(tmp_path / "out")["partitions"].values()} == {"failed"}


def test_runner_shorter_input_drops_stale_partitions(first_run: tuple[Path, Path, BatchReport],
                                                     tmp_path: Path) -> None:
    src, out, _rep = first_run
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    original = src.read_text(encoding="utf-8")
    try:  # the same path: an unreadable line's id names its file
        rep = run_batch(_cfg(_inputs(src.parent, TEXTS[:3]), copy))  # the same first two partitions, no third
    finally:
        src.write_text(original, encoding="utf-8")
    assert (rep.partitions, rep.skipped, rep.done, rep.workers) == (2, 2, 0, 0)  # nothing to do: no cluster
    assert sorted(p.stem for p in (copy / "articles").iterdir()) == ["part-000000", "part-000001"]
    assert sorted(load_manifest(copy)["partitions"]) == ["part-000000", "part-000001"]
    assert not (copy / "events" / "part-000002.parquet").exists()
    wrong = _cfg(_inputs(tmp_path, TEXTS), copy)
    wrong.partition_size = 3
    with pytest.raises(ValueError, match="partitions of 2 articles"):
        run_batch(wrong)
