"""bench/lexicon_gaps.py: an uncoded verb with a resolved actor argument is listed, a coded trigger is not."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import ModuleType

from kronika import Pipeline
from script_support import load_script

ROOT = Path(__file__).resolve().parents[2]


@cache
def _bench() -> ModuleType:
    """The bench script as a module."""
    return load_script(ROOT / "bench" / "lexicon_gaps.py")


def test_lexicon_gaps_lists_uncoded_verb_with_actor_and_skips_coded_trigger() -> None:
    doc = Pipeline()({"id": "t", "text": "Russia attacked Ukraine. France photographed Germany.", "lang": "en"})
    rows = _bench().candidates(doc, want_nouns=False)
    lemmas = {r["lemma"] for r in rows}
    assert "photograph" in lemmas
    assert "attack" not in lemmas
    row = next(r for r in rows if r["lemma"] == "photograph")
    assert row["pos"] == "VERB" and "nsubj=FRA" in row["args"]
