"""bench/miss_diagnosis.py on a hand-made gold directory: each miss class comes out where it should."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kronika import Pipeline
from script_support import load_script

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

TEXT = ("Russia attacked Ukraine. France praised Germany for its help. Poland was attacked. "
        "Italy and Spain were in the news.")


@cache
def _bench() -> ModuleType:
    """The bench script as a module (registered: its dataclasses need sys.modules)."""
    return load_script(ROOT / "bench" / "miss_diagnosis.py")


def _event(type_: str, source: str, target: str, evidence: str) -> dict[str, Any]:
    return {"type": type_, "source": source, "target": target, "required": True, "evidence": [evidence]}


@pytest.fixture(scope="module")
def misses(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The classified misses of the tiny gold article, by gold triple."""
    root = tmp_path_factory.mktemp("tiny-gold")
    (root / "gold").mkdir()
    (root / "texts").mkdir()
    (root / "texts" / "tiny.txt").write_text(TEXT, encoding="utf-8")
    gold = {"id": "tiny", "lang": "en", "published": None, "text_file": "texts/tiny.txt", "events": [
        _event("ASSAULT", "RUS", "UKR", "Russia attacked Ukraine"),  # found: no miss
        _event("ASSAULT", "RUS", "UKR", "Italy and Spain were in the news"),  # same triple twice
        _event("PROTEST", "FRA", "DEU", "France praised Germany"),
        _event("SUPPORT", "FRA", "ITA", "France praised Germany"),
        _event("ASSAULT", "RUS", "POL", "Poland was attacked"),
        _event("ACCUSE", "ESP", "POL", "Poland was attacked"),
        _event("REJECT", "ITA", "ESP", "Italy and Spain were in the news"),
        _event("AGREE", "ITA", "ESP", "a sentence that is not there"),
    ], "quotes": [], "actors": [{"name": "Spain", "type": "GPE", "code": "ESP"}]}
    (root / "gold" / "tiny.json").write_text(json.dumps(gold), encoding="utf-8")
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    found = _bench().diagnose(root, scorer=SCORER, pipeline=pipeline, totals=totals)
    return {"totals": totals, **{m.triple(): m for m in found}}


def test_miss_diagnosis_found_event_is_no_miss(misses: dict[str, Any]) -> None:
    assert len(misses) == 8  # eight gold events, one found, and the totals


def test_miss_diagnosis_totals_are_the_scorers(misses: dict[str, Any]) -> None:
    c = misses["totals"]["en"]  # found: ASSAULT RUS UKR; false: SUPPORT FRA DEU, CONSULT DEU FRA and FRA DEU
    assert (c["tp"], c["fn"], c["actors_found"], c["actors_gold"]) == (1, 7, 1, 1)


def test_miss_diagnosis_triple_taken_by_another_gold_event_is_elsewhere(misses: dict[str, Any]) -> None:
    assert misses["ASSAULT RUS -> UKR"].cls == "elsewhere"


def test_miss_diagnosis_wrong_type_names_kronika_type(misses: dict[str, Any]) -> None:
    m = misses["PROTEST FRA -> DEU"]
    assert m.cls == "wrong_type" and "SUPPORT" in m.detail and "France praised Germany" in m.sentence


def test_miss_diagnosis_wrong_actor_names_side_and_codes(misses: dict[str, Any]) -> None:
    m = misses["SUPPORT FRA -> ITA"]
    assert m.cls == "wrong_actor" and "target kronika DEU" in m.detail and "source" not in m.detail


def test_miss_diagnosis_dropped_trigger_gives_reason_and_actor(misses: dict[str, Any]) -> None:
    m = misses["ASSAULT RUS -> POL"]
    assert m.cls == "dropped" and "no source actor" in m.detail and "source RUS NOT resolved" in m.detail


def test_miss_diagnosis_no_actor_prints_gold_names_and_mentions(misses: dict[str, Any]) -> None:
    m = misses["ACCUSE ESP -> POL"]
    assert m.cls == "no_actor" and m.detail.startswith("source ESP")
    assert "gold names: Spain" in m.detail and "Poland=POL" in m.detail


def test_miss_diagnosis_no_trigger_prints_lemmas(misses: dict[str, Any]) -> None:
    m = misses["REJECT ITA -> ESP"]
    assert m.cls == "no_trigger" and "news" in m.detail


def test_miss_diagnosis_evidence_not_in_text_is_unlocated(misses: dict[str, Any]) -> None:
    assert misses["AGREE ITA -> ESP"].cls == "unlocated"


def test_miss_diagnosis_summary_counts_per_language(misses: dict[str, Any]) -> None:
    table = _bench().summary([m for k, m in misses.items() if k != "totals"])
    assert table["en"]["no_actor"] == 1 and sum(table["all"].values()) == 7


@pytest.mark.parametrize("name", ["wmt-test", "wmt-val"])
def test_miss_diagnosis_refuses_blind_set_detail(name: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="blind"):
        _bench().gold_dir_for(name, tmp_path, detail=True)


def test_miss_diagnosis_blind_set_counts_only(tmp_path: Path) -> None:
    gold = _bench().gold_dir_for("wmt-val", tmp_path)  # materialised for the class counts, nothing printed
    assert gold == tmp_path and any((tmp_path / "gold").glob("*.json"))


def test_miss_diagnosis_set_with_its_own_texts_is_read_in_place(tmp_path: Path) -> None:
    gold = _bench().gold_dir_for("plover-gsr-cs", tmp_path)  # its texts are committed: nothing to materialise
    assert gold.name == "plover-gsr-cs" and any((gold / "texts").iterdir()) and not any(tmp_path.iterdir())


def test_miss_diagnosis_complement_drop_only_where_an_entry_fits(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "c", "lang": "en", "text": "Russia refused to withdraw its troops from the border, the "
                    "ministry said, and threatened to go on."})
    held = [d for d in doc.meta["events_dropped"] if d["reason"].startswith("complement of a refusal")]
    assert [d["trigger"] for d in held] == ["withdraw"] and held[0]["rule"]


def test_miss_diagnosis_counts_per_type(misses: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    totals = misses["totals"]["en"]
    assert (totals["tp:ASSAULT"], totals["fn:ASSAULT"]) == (1, 2)  # the found attack; its twin and Poland's
    assert totals["fn:REJECT"] == totals["fn:AGREE"] == totals["fn:ACCUSE"] == 1
    assert sum(v for k, v in totals.items() if k.startswith(("tp:", "fn:"))) == 8  # every required gold event
    _bench().print_types(misses["totals"])
    row = next(line for line in capsys.readouterr().out.splitlines() if " ASSAULT " in line)
    assert row.split()[1:4] == ["1", "2", str(totals["fp:ASSAULT"])]
