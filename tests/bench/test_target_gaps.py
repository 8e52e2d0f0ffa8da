"""bench/target_gaps.py: the shapes of a dropped trigger's phrase that could hold its target, on parsed sentences."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from kronika import Pipeline
from script_support import load_script

ROOT = Path(__file__).resolve().parents[2]


@cache
def _bench() -> ModuleType:
    """The bench script as a module."""
    return load_script(ROOT / "bench" / "target_gaps.py")


@pytest.mark.parametrize("text, trigger, shape", [
    ("Český premiér se setkal s ukrajinskými politiky a ocenil je za odvahu.", "ocenil", "personal pronoun"),
    ("Čeští vojáci mají polským kolegům pomáhat s ochranou hranice.", "pomáhat", "governing verb"),
    ("Německá vláda odsoudila a ostře kritizovala Rusko.", "odsoudila", "coordinated verb"),
])
def test_shapes(pipeline: Pipeline, text: str, trigger: str, shape: str) -> None:
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    ti = next(t.i for t in doc.tokens if t.text == trigger)
    heads = {m.head for m in doc.mentions if m.status == "resolved" and m.code}
    assert shape in _bench().shapes(doc.tokens, ti, heads)
