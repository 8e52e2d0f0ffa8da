"""bench/drop_audit.py: drop reasons are grouped without their examples, and a dropped candidate is counted as a
lost gold event, a covered one or a prevented false positive by its entry's type and sentence."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from kronika import Pipeline
from script_support import load_script

ROOT = Path(__file__).resolve().parents[2]
TEXT = "The talks with Poland went on. The attack on Poland was condemned."


@cache
def _bench() -> ModuleType:
    return load_script(ROOT / "bench" / "drop_audit.py")


def test_reason_key_drops_examples_and_quoted_words() -> None:
    key = _bench().reason_key
    assert key("hypothetical (would, unreal:if): not said to happen") == "hypothetical: not said to happen"
    assert key("content of 'accused' (demanded, refused): not an act") == "content of '…': not an act"


def _columns(pipeline: Pipeline, gold_events: list[dict[str, Any]]) -> dict[str, str]:
    """Column of each dropped trigger of TEXT against the given gold events."""
    da = _bench()
    sc = da.dh.load_module("kronika_score_drop_test", da.dh.SCORER)
    diag = da.md.Diagnoser(sc)
    doc = pipeline({"id": "t", "text": TEXT, "lang": "en"})
    gold = {"id": "t", "events": gold_events}
    spans = da.gold_spans(diag, sc, gold, doc)
    return {d["trigger"]: da.classify(diag, gold, doc, d, spans)[0] for d in doc.meta["events_dropped"]}


def test_dropped_attack_with_a_missed_gold_attack_is_lost(pipeline: Pipeline) -> None:
    gold = [{"type": "ASSAULT", "source": "-", "target": "POL", "required": True,
             "evidence": ["The attack on Poland"]}]
    cols = _columns(pipeline, gold)
    assert cols["attack"] == "lost"
    assert cols["talks"] == "fp"  # no gold CONSULT in that sentence


def test_dropped_trigger_of_another_type_is_fp(pipeline: Pipeline) -> None:
    gold = [{"type": "CONSULT", "source": "-", "target": "POL", "required": True,
             "evidence": ["The talks with Poland"]}]
    assert _columns(pipeline, gold)["attack"] == "fp"
