"""bench/lexicon_gaps.py: an uncoded verb with a resolved actor argument is listed, a coded trigger is not."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from kronika import Pipeline

ROOT = Path(__file__).resolve().parents[2]


@cache
def _bench() -> ModuleType:
    """The bench script as a module."""
    spec = importlib.util.spec_from_file_location("lexicon_gaps", ROOT / "bench" / "lexicon_gaps.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["lexicon_gaps"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_lexicon_gaps_lists_uncoded_verb_with_actor_and_skips_coded_trigger() -> None:
    doc = Pipeline()({"id": "t", "text": "Russia attacked Ukraine. France photographed Germany.", "lang": "en"})
    rows = _bench().candidates(doc, want_nouns=False)
    lemmas = {r["lemma"] for r in rows}
    assert "photograph" in lemmas
    assert "attack" not in lemmas
    row = next(r for r in rows if r["lemma"] == "photograph")
    assert row["pos"] == "VERB" and "nsubj=FRA" in row["args"]
