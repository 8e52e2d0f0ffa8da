"""Language packs: the per-language lexicons under kronika/data/<lang>/, loaded once and cached."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

FALLBACK = {"sk": "cs"}


def data_dir(lang: str) -> Any:
    """The package folder holding a language's data files."""
    return resources.files("kronika") / "data" / lang


def has_file(lang: str, name: str) -> bool:
    """Whether the language pack ships a given data file."""
    return bool(data_dir(lang).joinpath(name).is_file())


@cache
def load_json(lang: str, name: str) -> Any:
    """Load data/<lang>/<name>, falling back to a related language's pack (sk -> cs)."""
    for code in (lang, FALLBACK.get(lang)):
        if code and has_file(code, name):
            return json.loads(data_dir(code).joinpath(name).read_text(encoding="utf-8"))
    raise FileNotFoundError(f"language pack '{lang}' has no {name}")


@cache
def load_shared(name: str) -> Any:
    """Load a language-neutral data file from data/ (e.g. the CAMEO table)."""
    p = resources.files("kronika") / "data" / name
    return json.loads(p.read_text(encoding="utf-8"))
