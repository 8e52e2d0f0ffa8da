"""Store commands: `kronika ingest`, `events`, `quotes`, `search`, `actors`, `export` (all take --db)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click

from ..store import EventFilter, Store, actor_stats, find_events, find_quotes, open_store, search
from ..table import arg_label
from . import main
from .options import db_option, input_defaults, input_defaults_options, json_option, settings_option

F = Callable[..., Any]


def _open(db: str) -> Store:
    try:
        return open_store(db)
    except Exception as exc:
        raise click.ClickException(f"cannot open store {db}: {type(exc).__name__}: {exc}") from exc


def _emit(rows: list[dict[str, Any]], as_json: bool, columns: list[tuple[str, Callable[[dict[str, Any]], Any]]]
          ) -> None:
    """Rows as JSON (one array) or as an aligned text table of the named columns."""
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("(no rows)", err=True)
        return
    cells = [[("" if (v := get(r)) is None else str(v)).replace("\n", " ") for _, get in columns] for r in rows]
    widths = [min(60, max(len(h), *(len(c[i]) for c in cells))) for i, (h, _) in enumerate(columns)]
    widths[-1] = max(len(c[-1]) for c in cells)  # the last column is never cut
    click.echo("  ".join(h.ljust(w) for (h, _), w in zip(columns, widths, strict=True)).rstrip())
    for c in cells:
        click.echo("  ".join(v[:w].ljust(w) for v, w in zip(c, widths, strict=True)).rstrip())


def _col(key: str) -> Callable[[dict[str, Any]], Any]:
    """A column showing the row's value under `key`."""
    return lambda r: r.get(key)


def _arg(key: str) -> Callable[[dict[str, Any]], str]:
    """A column showing the role filler under `key` as 'name [CODE]'."""
    return lambda r: arg_label(r.get(key))


@main.command()
@click.argument("refs", nargs=-1, required=True)
@db_option
@click.option("--precomputed", is_flag=True, help="Items already carry actors/quotes/events: store, never extract.")
@input_defaults_options
@click.option("--no-follow", is_flag=True, help="For feeds: store entry summaries instead of fetching each link.")
@settings_option("JSON settings file for extraction.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--commit-every", default=1000, show_default=True, type=click.IntRange(1),
              help="Articles per commit (each article is still all-or-nothing); 1 commits every article.")
def ingest(refs: tuple[str, ...], db: str, precomputed: bool, lang: str | None, published: str | None,
           no_follow: bool, settings_path: str | None, progress: bool | None, commit_every: int) -> None:
    """Store articles from files, folders, JSONL, HTML pages, RSS/Atom feeds or URLs (idempotent)."""
    from ..ingest import count_items, iter_items, pipeline_extractor
    from ..ingest import ingest as run_ingest

    defaults = input_defaults(lang, published)
    store = _open(db)
    try:
        items = iter_items(list(refs), defaults, follow_links=not no_follow, known_url=store.has_url)
        report = run_ingest(store, items,
                            pipeline_extractor(settings_path), precomputed=precomputed, total=count_items(list(refs)),
                            progress=sys.stderr.isatty() if progress is None else progress,
                            commit_every=commit_every)
    finally:
        store.close()
    for reason in report.reasons[:20]:
        click.echo(f"kronika: rejected: {reason}", err=True)
    r = report.to_dict()
    click.echo(f"kronika: {r['stored']} stored, {r['duplicates']} already stored, {r['rejected']} rejected "
               f"in {r['seconds']} s ({r['items_per_second']} items/s)", err=True)


def event_filter_options(fn: F) -> F:
    """The event filters shared by `events` and `export`."""
    opts = [
        click.option("--actor", default=None, help="Source or target: CAMEO code prefix (RUS) or canonical name."),
        click.option("--dyad", nargs=2, default=None, help="Source and target (directed), each like --actor."),
        click.option("--type", "etype", default=None, help="PLOVER event type, e.g. CONSULT."),
        click.option("--quad", type=click.IntRange(1, 4), default=None, help="Quad class 1-4."),
        click.option("--since", default=None, help="Event date from (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", default=None, help="Event date until, inclusive (a prefix: 2024-06 = all June)."),
        click.option("--text", default=None, help="Only events of articles containing all these words."),
        click.option("--attributed-to", default=None, help="Who the event is attributed to, like --actor."),
    ]
    for o in reversed(opts):
        fn = o(fn)
    return fn


def _filter(kw: dict[str, Any]) -> EventFilter:
    dyad = kw.pop("dyad", None)
    return EventFilter(actor=kw.pop("actor", None), dyad=tuple(dyad) if dyad else None, type=kw.pop("etype", None),
                       quad=kw.pop("quad", None), since=kw.pop("since", None), until=kw.pop("until", None),
                       text=kw.pop("text", None), attributed_to=kw.pop("attributed_to", None))


@main.command()
@db_option
@event_filter_options
@click.option("--limit", default=100, show_default=True, help="At most this many events (newest first).")
@json_option
def events(db: str, limit: int, as_json: bool, **kw: Any) -> None:
    """Stored events, filtered by actor, dyad, type, quad class, dates, text and attribution."""
    with _open(db) as store:
        rows = find_events(store, _filter(kw), limit=limit)
    _emit(rows, as_json, [("day", lambda r: r["day"]), ("type", lambda r: r["type"]),
                          ("cameo", lambda r: r["cameo"]), ("source", _arg("source")), ("target", _arg("target")),
                          ("trigger", lambda r: r["trigger"]), ("per", _arg("attributed_to")),
                          ("article", lambda r: r["article"])])


@main.command()
@db_option
@click.option("--speaker", default=None, help="Speaker: CAMEO code prefix or canonical name.")
@click.option("--text", default=None, help="Only quotes containing all these words.")
@click.option("--limit", default=100, show_default=True)
@json_option
def quotes(db: str, speaker: str | None, text: str | None, limit: int, as_json: bool) -> None:
    """Stored quotes, optionally by speaker."""
    with _open(db) as store:
        rows = find_quotes(store, speaker=speaker, text=text, limit=limit)
    _emit(rows, as_json, [("published", lambda r: r["published"]), ("speaker", _arg("speaker")),
                          ("direct", lambda r: "yes" if r["direct"] else "no"), ("text", lambda r: r["text"]),
                          ("article", lambda r: r["article"])])


@main.command("search")
@click.argument("text")
@db_option
@click.option("--limit", default=20, show_default=True)
@json_option
def search_cmd(text: str, db: str, limit: int, as_json: bool) -> None:
    """Full-text search over article text and quotes (all words must occur)."""
    with _open(db) as store:
        res = search(store, text, limit=limit)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=1))
        return
    click.echo(f"-- articles ({len(res['articles'])})")
    _emit(res["articles"], False, [("published", lambda r: r["published"]), ("article", lambda r: r["article"]),
                                   ("title", lambda r: r["title"]), ("snippet", lambda r: r["snippet"])])
    click.echo(f"-- quotes ({len(res['quotes'])})")
    _emit(res["quotes"], False, [("speaker", _arg("speaker")), ("text", lambda r: r["text"]),
                                 ("article", lambda r: r["article"])])


@main.command()
@db_option
@click.option("--actor", default=None, help="Only actors matching a code prefix or canonical name.")
@click.option("--limit", default=100, show_default=True)
@json_option
def actors(db: str, actor: str | None, limit: int, as_json: bool) -> None:
    """Canonical actors with article and mention counts, first and last seen."""
    with _open(db) as store:
        rows = actor_stats(store, limit=limit, actor=actor)
    _emit(rows, as_json, [(k, _col(k)) for k in ("code", "name", "kind", "articles", "mentions", "first_seen",
                                                 "last_seen")])


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "plover", "gdelt", "parquet"]), required=True)
@click.option("--output", "-o", required=True, help="Output file ('-' for stdout, not for parquet).")
@click.option("--header", is_flag=True, help="gdelt: write a header line of GDELT column names.")
@event_filter_options
def export_cmd(db: str, fmt: str, output: str, header: bool, **kw: Any) -> None:
    """Export articles (jsonl) or events (plover, gdelt, parquet) from the store."""
    from ..export import export

    with _open(db) as store:
        try:
            n = export(store, fmt, output, _filter(kw), header=header)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from exc
    click.echo(f"kronika: {n} record(s) written to {output} ({fmt})", err=True)
