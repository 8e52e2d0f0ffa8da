"""`kronika extract`: articles in (files, folders, JSONL, stdin), one JSON line per article out."""

from __future__ import annotations

import sys
from typing import Any

import click

from ..io import dump_line, open_output, read_inputs
from ..pipeline import Pipeline
from ..settings import Settings
from ..table import render
from . import main
from .options import input_defaults, input_defaults_options, settings_option


@main.command()
@click.option("--input", "-i", "inputs", multiple=True, required=True,
              help="Text, JSONL, HTML or feed file, a folder of them, or '-' for stdin (repeatable).")
@click.option("--output", "-o", default="-", show_default=True, help="Output file, '-' for stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@input_defaults_options
@settings_option()
def extract(inputs: tuple[str, ...], output: str, fmt: str, lang: str | None, published: str | None,
            settings_path: str | None) -> None:
    """Extract actors, quotes and events from articles."""
    pipe = Pipeline(Settings.load(settings_path))
    defaults = input_defaults(lang, published)
    out = open_output(output)
    n_ok = n_bad = 0
    try:
        for item in read_inputs(list(inputs), defaults):
            if item.data is None:
                d: dict[str, Any] = {"id": item.id, "status": "rejected", "reason": item.error,
                                     "actors": [], "quotes": [], "events": []}
            else:
                d = pipe(item.data).to_dict()
            if d["status"] == "ok":
                n_ok += 1
            else:
                n_bad += 1
                click.echo(f"kronika: {d['id']}: rejected: {d.get('reason')}", err=True)
            out.write(render(d) + "\n\n" if fmt == "table" else dump_line(d))
    finally:
        if out is not sys.stdout:
            out.close()
    if n_bad:
        click.echo(f"kronika: {n_ok} article(s) extracted, {n_bad} rejected", err=True)
