"""The `kronika` command: one group; each capability adds its commands from its own module."""

from __future__ import annotations

import importlib
import logging

import click

# Modules that add subcommands to `main` when imported.
COMMAND_MODULES = ("kronika.cli.extract", "kronika.cli.batch", "kronika.cli.store", "kronika.cli.serve")


@click.group()
@click.version_option(package_name="kronika")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def main(verbose: int) -> None:
    """kronika: who did what to whom, when, and who says so: from news articles."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


for _mod in COMMAND_MODULES:
    importlib.import_module(_mod)
