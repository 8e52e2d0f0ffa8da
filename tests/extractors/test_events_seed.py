"""Integration floor: events of the full pipeline on the bundled reference article, scored like score.py."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from kronika import Pipeline
from script_support import load_script

SHARED = Path(__file__).resolve().parents[3] / "shared"
GOLD = SHARED / "eval" / "seed" / "gold" / "seed-putin-dprk.json"
SCORER = SHARED / "eval" / "score.py"


def scorer() -> ModuleType:
    """The shared scorer, so matching is exactly the evaluation's."""
    return load_script(SCORER, "kronika_score_seed")


def test_events_seed_f1_floor(pipeline: Pipeline, seed_text: str) -> None:
    doc = pipeline({"id": "seed", "text": seed_text, "lang": "cs", "published": "2024-06-18"})
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    tp, fp, fn, _, _ = scorer().score_events(gold, [e.to_dict() for e in doc.events])
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.85, f"seed event F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})"


def test_events_seed_every_event_has_provenance(pipeline: Pipeline, seed_text: str) -> None:
    doc = pipeline({"id": "seed", "text": seed_text, "lang": "cs", "published": "2024-06-18"})
    assert doc.events
    for e in doc.events:
        assert e.rule and e.trigger and e.mentions and e.source is not None
        s = doc.sentences[e.sentence]
        assert s.char_start <= e.span[0] < e.span[1] <= s.char_end
        assert e.trigger in seed_text[e.span[0]:e.span[1]]
