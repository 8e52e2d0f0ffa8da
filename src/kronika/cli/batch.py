"""`kronika batch`: extraction over partitions on a Dask cluster, partitioned Parquet out, resumable."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..settings import Settings
from . import main


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True, type=click.Path(file_okay=False),
              help="Output folder: articles/*.parquet, events/*.parquet, manifest.json.")
@click.option("--workers", "-w", default=2, show_default=True, type=click.IntRange(min=1),
              help="Worker processes (1 thread each) of the local cluster.")
@click.option("--scheduler", default=None, help="Address of an existing Dask scheduler (tcp://host:8786).")
@click.option("--partition-size", default=200, show_default=True, type=click.IntRange(min=1),
              help="Articles per partition (one Parquet file each).")
@click.option("--stall-timeout", default=300.0, show_default=True, type=click.FloatRange(min=1),
              help="Seconds without any live worker before unfinished partitions are given up (re-run retries).")
@click.option("--events-table/--no-events-table", default=True, show_default=True,
              help="Also write a flat table of events per partition.")
@click.option("--progress/--no-progress", default=True, show_default=True, help="Progress bar with rate and ETA.")
@click.option("--lang", default=None, help="Language of inputs that do not say (default: detect).")
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for inputs that do not say.")
@click.option("--settings", "settings_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="JSON settings file.")
def batch(inputs: tuple[str, ...], output: str, workers: int, scheduler: str | None, partition_size: int,
          stall_timeout: float, events_table: bool, progress: bool, lang: str | None, published: str | None,
          settings_path: str | None) -> None:
    """Extract many articles on a Dask cluster (local by default); re-running skips finished partitions."""
    from ..dist import BatchConfig, run_batch  # Dask loads only when this command runs

    defaults: dict[str, Any] = {k: v for k, v in (("lang", lang), ("published", published)) if v}
    cfg = BatchConfig(inputs=list(inputs), output=output, settings=Settings.load(settings_path), defaults=defaults,
                      workers=workers, scheduler=scheduler, partition_size=partition_size, stall_timeout=stall_timeout,
                      events_table=events_table, progress=progress and sys.stderr.isatty())
    try:
        rep = run_batch(cfg)
    except ValueError as exc:  # e.g. an output folder written with another partition size
        raise click.ClickException(str(exc)) from exc
    peak = max(rep.peak_rss_mb.values(), default=0.0)
    click.echo(f"kronika batch: {rep.partitions} partition(s): {rep.done} done, {rep.skipped} already finished, "
               f"{rep.failed} failed; {rep.articles} article(s) extracted ({rep.ok} ok, {rep.rejected} rejected) "
               f"in {rep.seconds:.1f}s ({rep.rate:.2f} art/s) on {rep.workers} worker(s); "
               f"peak worker memory {peak:.0f} MiB", err=True)
    for pid, reason in rep.failures.items():
        click.echo(f"kronika batch: {pid} failed: {reason} (re-run to retry)", err=True)
    if rep.failed:
        sys.exit(1)
