"""Options several commands share, defined once (same name, default and help everywhere)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..store import DEFAULT_DB

F = Callable[..., Any]


def db_option(fn: F) -> F:
    """The --db option of every command that reads or writes a store."""
    return click.option("--db", default=DEFAULT_DB, show_default=True,
                        help="SQLite file path or postgresql:// URL.")(fn)


def settings_option(help: str = "JSON settings file.") -> Callable[[F], F]:
    """The --settings option (a kronika settings JSON file), passed on as `settings_path`."""
    return click.option("--settings", "settings_path", default=None, type=click.Path(exists=True, dir_okay=False),
                        help=help)


def input_defaults_options(fn: F) -> F:
    """--lang and --published: what inputs that do not say are taken to be."""
    fn = click.option("--published", default=None,
                      help="Publication date (YYYY-MM-DD) for inputs that do not say.")(fn)
    return click.option("--lang", default=None, help="Language of inputs that do not say (default: detect).")(fn)


def input_defaults(lang: str | None, published: str | None) -> dict[str, Any]:
    """The fields --lang and --published give to inputs that lack them (only those that were set)."""
    return {k: v for k, v in (("lang", lang), ("published", published)) if v}


def json_option(fn: F) -> F:
    """--json: print JSON instead of a table."""
    return click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")(fn)
