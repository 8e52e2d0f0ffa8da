"""`kronika serve` (HTTP API and web pages over a store) and `kronika demo` (build a demo store, then serve it)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from ..io import InputItem
from . import main
from .options import db_option, settings_option

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "examples"
F = Callable[..., Any]
WMT = REPO.parent / "shared" / "corpus" / "wmt-news" / "articles.jsonl"


def _token(token: str | None, token_file: str | None) -> str | None:
    if token and token_file:
        raise click.UsageError("give --token or --token-file, not both")
    if token_file:
        value = Path(token_file).read_text(encoding="utf-8").strip()
        if not value:
            raise click.UsageError(f"{token_file} is empty")
        return value
    return token or None


def run_server(db: str, host: str, port: int, token: str | None, settings_path: str | None,
               cors: tuple[str, ...], cache_size: int = 4096, event_index: bool = True, workers: int = 1) -> None:
    """Serve the store at `db` until interrupted."""
    from ..api import ServeConfig
    from ..api.server import serve as run

    cfg = ServeConfig(db=db, token=token, settings_path=settings_path, cors_origins=cors, cache_size=cache_size,
                      event_index=event_index)
    writes = "writes need the token" if token else "read-only (no --token)"
    click.echo(f"kronika: serving {db} at http://{host}:{port}/ (API /api/, docs /docs; {writes})", err=True)
    try:
        run(cfg, host, port, workers)
    except Exception as exc:  # a bad --db or a taken port: one line, not a trace
        raise click.ClickException(f"cannot serve {db}: {type(exc).__name__}: {exc}") from exc


def serve_options(fn: F) -> F:
    """Options shared by `serve` and `demo`."""
    opts: list[Callable[[F], F]] = [
        click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on."),
        click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535)),
        click.option("--token", default=None,
                     help="Bearer token that allows POST /api/articles (default: no writes; --token-file hides it "
                          "from the process list)."),
        click.option("--token-file", default=None, type=click.Path(exists=True, dir_okay=False),
                     help="Read the token from this file instead."),
        settings_option("JSON settings file for extraction (/api/extract, /api/articles)."),
        click.option("--cors-origin", "cors", multiple=True, help="Allow cross-site reads from this origin."),
        click.option("--cache-size", default=4096, show_default=True, type=click.IntRange(0),
                     help="Read views remembered until a new article is stored (0: no cache)."),
        click.option("--event-index/--no-event-index", default=True, show_default=True,
                     help="Answer event filters from an in-memory index instead of SQL."),
        click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
                     help="Server processes (each with its own connections, cache and index)."),
    ]
    for o in reversed(opts):
        fn = o(fn)
    return fn


@main.command()
@db_option
@serve_options
def serve(db: str, host: str, port: int, token: str | None, token_file: str | None, settings_path: str | None,
          cors: tuple[str, ...], cache_size: int, event_index: bool, workers: int) -> None:
    """Serve the store: JSON API under /api/ (docs at /docs) and web pages at /."""
    run_server(db, host, port, _token(token, token_file), settings_path, cors, cache_size, event_index, workers)


def demo_items(examples: Path, wmt: Path, n_wmt: int) -> Iterator[InputItem]:
    """The bundled example articles, then the first `n_wmt` articles of the wmt-news corpus when present."""
    from ..ingest import iter_items

    if examples.is_dir():
        yield from iter_items([str(p) for p in sorted(examples.glob("*.jsonl"))], fetcher=None)
    if n_wmt and wmt.is_file():
        with wmt.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= n_wmt:
                    break
                d = json.loads(line)
                yield InputItem(str(d.get("id") or f"wmt-{i}"), {k: d[k] for k in ("id", "lang", "title", "text")
                                                                   if k in d})


def build_demo(db: str, n_wmt: int, examples: Path = EXAMPLES, wmt: Path = WMT, progress: bool = True
               ) -> dict[str, int]:
    """Extract and store the demo articles (already stored ones are skipped); returns the ingest counts."""
    from ..ingest import ingest, pipeline_extractor
    from ..store import open_store

    with open_store(db) as store:
        report = ingest(store, demo_items(examples, wmt, n_wmt), pipeline_extractor(), progress=progress)
        store.flush_fulltext()
    return {"stored": report.stored, "duplicates": report.duplicates, "rejected": report.rejected}


@main.command()
@click.option("--db", default="kronika-demo.db", show_default=True, help="Where to build the demo store.")
@click.option("--wmt", "n_wmt", default=12, show_default=True, type=click.IntRange(0, 1000),
              help="How many wmt-news articles to add (when ../shared/corpus/wmt-news is present).")
@click.option("--no-serve", is_flag=True, help="Only build the database.")
@serve_options
def demo(db: str, n_wmt: int, no_serve: bool, host: str, port: int, token: str | None, token_file: str | None,
         settings_path: str | None, cors: tuple[str, ...], cache_size: int, event_index: bool, workers: int) -> None:
    """Build a demo store from the example articles (and a few wmt-news ones), then serve it."""
    counts = build_demo(db, n_wmt)
    click.echo(f"kronika: demo store {db}: {counts['stored']} stored, {counts['duplicates']} already there, "
               f"{counts['rejected']} rejected", err=True)
    if not no_serve:
        run_server(db, host, port, _token(token, token_file), settings_path, cors, cache_size, event_index,
                   workers)
