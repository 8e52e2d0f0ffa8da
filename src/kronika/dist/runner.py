"""The client side of `kronika batch`: cluster, partitions in flight, progress, manifest, resume."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from distributed import Client, Future, LocalCluster, wait
from distributed.scheduler import KilledWorker
from tqdm import tqdm

from .. import __version__
from ..settings import Settings
from .output import drop_stale, finished, load_manifest, save_manifest
from .partition import Partition, count_articles, partition_id, partitions
from .worker import PipelineLoader, crashed_row, extract_one, process_partition, settings_key, write_rows

log = logging.getLogger(__name__)
MANIFEST_EVERY = 2.0  # seconds between manifest saves while running (always saved at the end)
POLL = 2.0  # seconds between checks that the cluster still has workers, while waiting


@dataclass
class BatchConfig:
    """What to run: inputs, output folder, cluster and partitioning."""

    inputs: list[str]
    output: str
    settings: Settings = field(default_factory=Settings)
    defaults: dict[str, Any] = field(default_factory=dict)
    workers: int = 2
    scheduler: str | None = None
    partition_size: int = 200
    events_table: bool = True
    progress: bool = True
    in_flight: int = 0  # partitions submitted but not finished; 0 = twice the worker count
    stall_timeout: float = 300.0  # give up on unfinished partitions after this long without any worker


@dataclass
class BatchReport:
    """What a run did, partition and article counts and timing."""

    partitions: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    articles: int = 0
    ok: int = 0
    rejected: int = 0
    words: int = 0
    seconds: float = 0.0
    workers: int = 0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Articles extracted per second of wall time in this run (skipped partitions not counted)."""
        return self.articles / self.seconds if self.seconds else 0.0


@contextlib.contextmanager
def connect(workers: int, scheduler: str | None) -> Iterator[Client]:
    """A client to an existing scheduler, or to a local cluster of single-threaded worker processes."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    if not log.isEnabledFor(logging.DEBUG):  # the scheduler runs in this process and logs every worker at INFO
        logging.getLogger("distributed").setLevel(logging.WARNING)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                      scheduler_kwargs={"dashboard": False}, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        yield client


class _Run:
    """The state of one batch run: manifest, progress bar, report."""

    def __init__(self, cfg: BatchConfig, total: int | None) -> None:
        self.cfg = cfg
        self.out = Path(cfg.output)
        self.manifest = load_manifest(self.out)
        old = self.manifest.get("partition_size")
        if self.manifest["partitions"] and old not in (None, cfg.partition_size):
            raise ValueError(f"{self.out} holds partitions of {old} articles; use partition size {old} "
                             "or another output folder")
        self.manifest.update({"kronika": __version__, "partition_size": cfg.partition_size,
                              "settings": settings_key(cfg.settings)})
        self.report = BatchReport()
        self.bar = tqdm(total=total, unit="art", disable=not cfg.progress, smoothing=0.1, dynamic_ncols=True)
        self.saved = 0.0

    def skip(self, part: Partition) -> None:
        """Count a partition finished by an earlier run."""
        entry = self.manifest["partitions"].get(part.id) or {}
        if entry.get("fingerprint") != part.fingerprint or entry.get("status") != "done":
            self.manifest["partitions"][part.id] = {"id": part.id, "fingerprint": part.fingerprint,
                                                    "status": "done", "articles": len(part.items),
                                                    "note": "found finished on disk"}
        self.report.skipped += 1
        self.bar.update(len(part.items))

    def finish(self, fut: Future, part: Partition) -> None:
        """Record one partition's result, or its failure with the reason."""
        r = self.report
        try:
            res: dict[str, Any] = fut.result()
        except Exception as exc:  # a worker crash or a write error fails this partition only
            self.fail(part, f"{type(exc).__name__}: {exc}")
            return
        r.done += 1
        r.articles += res["articles"]
        r.ok += res["ok"]
        r.rejected += res["rejected"]
        r.words += res["words"]
        w = res["worker"]
        r.peak_rss_mb[w] = max(r.peak_rss_mb.get(w, 0.0), res["peak_rss_mb"])
        self.manifest["partitions"][part.id] = res
        self.bar.update(len(part.items))
        self.save(force=False)

    def fail(self, part: Partition, reason: str) -> None:
        """Record a partition that could not be finished; a re-run tries it again."""
        log.error("partition %s failed: %s", part.id, reason)
        self.manifest["partitions"][part.id] = {"id": part.id, "fingerprint": part.fingerprint, "status": "failed",
                                                "reason": reason, "articles": len(part.items)}
        self.report.failed += 1
        self.report.failures[part.id] = reason
        self.bar.update(len(part.items))
        self.save(force=False)

    def drop_stale(self) -> None:
        """Forget and delete partitions that an earlier, longer input left past the end of this one."""
        gone = drop_stale(self.out, self.report.partitions)
        for pid in [*gone, *(k for k in self.manifest["partitions"] if k >= partition_id(self.report.partitions))]:
            self.manifest["partitions"].pop(pid, None)
        if gone:
            log.warning("removed %d partition(s) past the end of the input: %s", len(gone), ", ".join(gone))

    def save(self, force: bool) -> None:
        """Write the manifest, at most every MANIFEST_EVERY seconds unless forced."""
        now = time.monotonic()
        if force or now - self.saved >= MANIFEST_EVERY:
            save_manifest(self.out, self.manifest)
            self.saved = now


def run_batch(cfg: BatchConfig) -> BatchReport:
    """Extract every input article on a Dask cluster into partitioned Parquet; resumable."""
    salt = f"kronika {__version__}\n{settings_key(cfg.settings)}\n"
    total = count_articles(cfg.inputs, cfg.defaults) if cfg.progress else None
    run = _Run(cfg, total)
    t0 = time.perf_counter()
    try:
        with contextlib.ExitStack() as stack:
            _drive(lambda: _start(stack, cfg, run), cfg, run, salt)
    finally:
        run.report.seconds = round(time.perf_counter() - t0, 3)
        run.manifest["last_run"] = asdict(run.report)
        run.save(force=True)
        run.bar.close()
    return run.report


def _start(stack: contextlib.ExitStack, cfg: BatchConfig, run: _Run) -> Client:
    """Connect to the cluster (started here if local) and load the pipeline on every worker."""
    client = stack.enter_context(connect(cfg.workers, cfg.scheduler))
    client.register_plugin(PipelineLoader(cfg.settings))
    run.report.workers = len(client.scheduler_info(n_workers=-1)["workers"])
    return client


class Stalled(Exception):
    """The cluster has had no worker for longer than the stall timeout."""


def _drive(start: Callable[[], Client], cfg: BatchConfig, run: _Run, salt: str) -> None:
    """Submit unfinished partitions, keeping a bounded number in flight, and collect results.

    The cluster starts only when the first unfinished partition turns up, so a finished job re-runs at once.
    """
    client: Client | None = None
    limit = cfg.in_flight
    inflight: dict[Future, Partition] = {}
    out = str(run.out.resolve())
    try:
        for part in partitions(cfg.inputs, cfg.defaults, cfg.partition_size, salt):
            run.report.partitions += 1
            if finished(run.out, part.id, part.fingerprint):
                run.skip(part)
                continue
            if client is None:
                client = start()
                limit = limit or 2 * max(run.report.workers, 1)
            fut = client.submit(process_partition, part.id, part.fingerprint, part.items, cfg.settings, out,
                                cfg.events_table, key=f"kronika-{part.id}-{part.fingerprint}", pure=False)
            inflight[fut] = part
            _harvest(client, cfg, run, inflight, limit - 1)
        if client is not None:
            _harvest(client, cfg, run, inflight, 0)
        run.drop_stale()
    except Stalled as exc:
        for fut, part in inflight.items():
            fut.cancel()
            run.fail(part, f"{exc}; re-run to retry")


def _harvest(client: Client, cfg: BatchConfig, run: _Run, inflight: dict[Future, Partition], until: int) -> None:
    """Collect finished partitions until at most `until` remain in flight."""
    while len(inflight) > until:
        for fut in _first_done(client, list(inflight), cfg.stall_timeout):
            part = inflight.pop(fut)
            if fut.status == "error" and isinstance(fut.exception(), KilledWorker) \
                    and not str(fut.key).endswith("-isolated"):
                log.warning("partition %s killed its worker; retrying its articles one by one", part.id)
                inflight[_isolate(client, cfg, part, str(run.out.resolve()))] = part
            else:
                run.finish(fut, part)


def _first_done(client: Client, futs: list[Future], stall: float) -> set[Future]:
    """The futures done as soon as any is; Stalled when the cluster has had no worker for `stall` seconds."""
    empty_since: float | None = None
    while True:
        try:
            done, _ = wait(futs, timeout=POLL, return_when="FIRST_COMPLETED")
            return set(done)
        except TimeoutError:
            if client.nthreads():
                empty_since = None
                continue
            empty_since = empty_since or time.monotonic()
            if time.monotonic() - empty_since > stall:
                raise Stalled(f"no worker alive for {stall:.0f} s") from None


def _isolate(client: Client, cfg: BatchConfig, part: Partition, out: str) -> Future:
    """Extract a partition's articles one task at a time; an article that kills a worker is rejected.

    One at a time, so that a dying worker holds no other article that would be blamed with it.
    """
    rows = []
    for k, it in enumerate(part.items):
        fut = client.submit(extract_one, it, cfg.settings, key=f"kronika-{part.id}-{k}-{part.fingerprint}",
                            pure=False)
        _first_done(client, [fut], cfg.stall_timeout)
        try:
            rows.append(fut.result())
        except KilledWorker as exc:
            rows.append(crashed_row(it, exc))
    return client.submit(write_rows, part.id, part.fingerprint, rows, out, cfg.events_table,
                         key=f"kronika-{part.id}-{part.fingerprint}-isolated", pure=False)
