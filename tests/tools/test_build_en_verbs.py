"""The PETRARCH-2 -> kronika English lexicon converter (tools/build_en_verbs.py) and its output."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kronika.cameo import lookup
from script_support import load_script

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
VERBS = ROOT / "src" / "kronika" / "data" / "en" / "verbs.json"

SAMPLE = """
&CURRENCY
+DOLLAR
+EURO

####### VERB PATTERNS #######

---  IMPOSE   [170]  ---
IMPOSE
SLAP
- * SANCTIONS (ON +)                 [163]  # IMPOSE
- * &CURRENCY FINE                   [172]  # IMPOSE
- * {NO SANCTIONS}                   [---]  # IMPOSE
- &MILITARY *                        [154]  # SLAP

---  CALL   [---]  ---
+CALL_ON [020]
CALL
- * OFF TALKS                        [164]  # CALL

---  VISIT   [042:043]  ---
VISIT {VISITS VISITED VISITING}
- * (FROM +)                         [:042]
- * TREATY (WITH)                    [057:057]  # VISIT
"""


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    """The converter script, imported from tools/."""
    return load_script(ROOT / "tools" / "build_en_verbs.py")


@pytest.fixture(scope="module")
def sample(tool: ModuleType) -> tuple[list[dict[str, Any]], Counter[str]]:
    """The sample dictionary converted, with its status counts."""
    stats: Counter[str] = Counter()
    return tool.convert(SAMPLE, stats), stats


def find(entries: list[dict[str, Any]], **want: Any) -> list[dict[str, Any]]:
    """Entries whose keys equal all the given values (absent keys compare as None)."""
    return [e for e in entries if all(e.get(k) == v for k, v in want.items())]


def test_build_en_verbs_block_code_gives_bare_verb_entries(sample: Any) -> None:
    entries, _ = sample
    assert find(entries, lemma="impose", cameo="170", object=None)
    assert find(entries, lemma="slap", cameo="170", object=None)
    assert find(entries, lemma="visit", cameo="042", object=None)


def test_build_en_verbs_object_and_target_preposition(sample: Any) -> None:
    entries, _ = sample
    (e,) = find(entries, lemma="impose", cameo="163")
    assert e["object"] == ["sanction"]  # plural lemmatised
    assert e["target"] == ["obl:on", "nmod:on"]
    assert not find(entries, lemma="slap", cameo="163"), "pattern comment names IMPOSE only"


def test_build_en_verbs_synset_expands_to_object_lemmas(sample: Any) -> None:
    entries, _ = sample
    (e,) = find(entries, lemma="impose", cameo="172")
    assert e["object"] == ["dollar", "euro"]


def test_build_en_verbs_multiword_verb_and_particle(sample: Any) -> None:
    entries, _ = sample
    (on,) = find(entries, lemma="call", cameo="020")
    assert on["prep"] == "on" and on["target"][0] == "obl:on"
    (off,) = find(entries, lemma="call", particle="off")
    assert off["object"] == ["talk"] and off["cameo"] == "164"


def test_build_en_verbs_reverse_and_mutual_codes(sample: Any) -> None:
    entries, _ = sample
    (rev,) = find(entries, lemma="visit", prep="from")
    assert rev["swap"] is True and rev["passive_source"][:2] == ["obl:from", "nmod:from"]
    (mutual,) = find(entries, lemma="visit", cameo="057")
    assert mutual["reciprocal"] is True and mutual["object"] == ["treaty"]


def test_build_en_verbs_unrepresentable_patterns_are_counted(sample: Any) -> None:
    entries, stats = sample
    assert stats["pattern skipped: negation inside the pattern (the engine codes negation)"] == 1
    assert stats["pattern skipped: only words before the verb constrain the pattern"] == 1
    assert not find(entries, cameo="154")


def test_build_en_verbs_shipped_lexicon_follows_the_contract() -> None:
    data = json.loads(VERBS.read_text(encoding="utf-8"))
    spec = re.compile(r"^(nsubj|nsubj:pass|obj|iobj|obl:agent|nmod:poss|poss|nmod:Gen|amod|compound|"
                      r"(obl|nmod):[a-z]+(\+[A-Z][a-z]+)?|case:[A-Z][a-z]+)$")
    ids = Counter(e["id"] for e in data["verbs"] + data["nouns"])
    assert len(data["verbs"]) > 3000 and max(ids.values()) == 1
    for e in data["verbs"] + data["nouns"]:
        assert e["lemma"] == e["lemma"].lower() and lookup(e["cameo"]) is not None, e
        for key in ("target", "source", "passive_source"):
            assert all(spec.match(s) for s in e.get(key, [])), (key, e)


def test_build_en_verbs_shipped_lexicon_is_up_to_date(tool: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "verbs.json"
    tool.main(["--dict", str(SHARED / "anchors" / "petrarch2" / "CAMEO.2.0.txt"), "--out", str(out), "--quiet"])
    fresh = {e["id"]: e for e in json.loads(out.read_text(encoding="utf-8"))["verbs"]}
    shipped = {e["id"]: e for e in json.loads(VERBS.read_text(encoding="utf-8"))["verbs"]}
    stale = sorted(i for i in fresh.keys() | shipped.keys() if fresh.get(i) != shipped.get(i))
    # The build also reads data/cameo.json (PLOVER types decide needs_target/reciprocal): rebuild after
    # changing either with `python tools/build_en_verbs.py`.
    assert not stale, f"verbs.json is stale ({len(stale)} entries differ, e.g. {stale[:5]}): rebuild it"


def test_build_en_verbs_drop_rules_have_reasons_and_apply() -> None:
    extra = json.loads((VERBS.parent / "verbs_extra.json").read_text(encoding="utf-8"))
    assert all(r["lemma"] and r["reason"] for r in extra["drop"])
    data = json.loads(VERBS.read_text(encoding="utf-8"))
    bare = {e["lemma"] for e in data["verbs"]
            if not ({"object", "prep", "particle"} & set(e)) and e["id"].startswith("en-p2")}
    dropped_bare = {r["lemma"] for r in extra["drop"] if r.get("bare")}
    assert not bare & dropped_bare
    assert "accord" not in bare and "beat" not in bare


def test_build_en_verbs_hand_written_entries_win_over_converted(tool: ModuleType) -> None:
    stats: Counter[str] = Counter()
    converted = [{"lemma": "sign", "object": ["treaty", "contract"], "cameo": "0311", "id": "p"}]
    extra = {"verbs": [{"lemma": "sign", "object": ["treaty"], "cameo": "057", "id": "k"}], "drop": []}
    out = tool.add_extras(converted, extra, stats)
    assert {(e["cameo"], tuple(e["object"])) for e in out} == {("0311", ("contract",)), ("057", ("treaty",))}


def test_build_en_verbs_negated_rules_give_converted_readings_their_negated_code(tool: ModuleType) -> None:
    converted = [{"lemma": "tolerate", "cameo": "080", "id": "en-p2-tolerate-080"},
                 {"lemma": "tolerate", "object": ["effort"], "cameo": "051", "id": "en-p2-tolerate-051"},
                 {"lemma": "tolerate", "cameo": "080", "id": "en-kr-tolerate-080"}]
    tool.negated_uses(converted, [{"lemma": "tolerate", "cameo": "080", "negated_cameo": "130", "reason": "r"}])
    assert [e.get("negated_cameo") for e in converted] == ["130", None, None]
    extra = json.loads((VERBS.parent / "verbs_extra.json").read_text(encoding="utf-8"))
    assert all(r["reason"] and lookup(r["negated_cameo"]) for r in extra["negated"])
