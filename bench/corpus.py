"""Deterministic selections of the shared wmt-news corpus for the benchmark scripts."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WMT = ROOT.parent / "shared" / "corpus" / "wmt-news" / "articles.jsonl"
_WORD = re.compile(r"\S+")


def load(path: Path = WMT) -> list[dict[str, Any]]:
    """All articles of the corpus, sorted by id."""
    with path.open(encoding="utf-8") as f:
        arts = [json.loads(line) for line in f if line.strip()]
    return sorted(arts, key=lambda a: a["id"])


def select(n_per_lang: int, langs: tuple[str, ...] = ("cs", "en"), originals_only: bool = False,
           path: Path = WMT) -> list[dict[str, Any]]:
    """n articles per language, evenly spaced over the id-sorted corpus (the same every run)."""
    arts = load(path)
    out: list[dict[str, Any]] = []
    for lang in langs:
        pool = [a for a in arts if a["lang"] == lang and (a.get("original") or not originals_only)]
        if n_per_lang >= len(pool):
            out.extend(pool)
            continue
        step = len(pool) / n_per_lang
        out.extend(pool[int(k * step)] for k in range(n_per_lang))
    return out


def words(text: str) -> int:
    """Whitespace-separated words in a text."""
    return len(_WORD.findall(text))
