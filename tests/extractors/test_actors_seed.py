"""Integration: actors on the bundled reference article, checked against the shared gold the way score.py checks."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kronika import Pipeline

SHARED = Path(__file__).resolve().parents[3] / "shared"

GOLD = SHARED / "eval" / "seed" / "gold" / "seed-putin-dprk.json"


def stems(text: str) -> set[str]:
    """First three letters of each word (the scorer's crude stems)."""
    return {w[:3] for w in re.findall(r"\w+", text.lower()) if len(w) >= 3}


def test_actors_seed_finds_gold_actors_with_codes(pipeline: Pipeline, seed_text: str) -> None:
    doc = pipeline({"id": "seed", "text": seed_text, "lang": "cs", "published": "2024-06-18"})
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["actors"]
    found = 0
    for g in gold:
        codes = set(g["code"].split("|"))
        found += any(a.code in codes and stems(g["name"]) & {s for m in a.mentions for s in stems(m.text)}
                     for a in doc.actors)
    assert found >= 13, f"found {found} of {len(gold)}"


def test_actors_seed_leaves_no_state_unresolved(pipeline: Pipeline, seed_text: str) -> None:
    doc = pipeline({"id": "seed", "text": seed_text, "lang": "cs", "published": "2024-06-18"})
    states = [m for m in doc.mentions if m.kind == "GPE"]
    assert len(states) > 30
    assert all(m.code and m.status == "resolved" for m in states)
    assert not [m for m in doc.mentions if m.status != "resolved"]
