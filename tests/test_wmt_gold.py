"""Our real-news gold sets (eval/wmt-dev/gold .. eval/wmt-dev7/gold, used while building; eval/wmt-test/gold and
eval/wmt-val/gold, blind) are well-formed, anchored in the shared wmt-news corpus, and apart from each other."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_GOLD = ROOT / "eval" / "wmt-dev" / "gold"
DEV2_GOLD = ROOT / "eval" / "wmt-dev2" / "gold"
DEV3_GOLD = ROOT / "eval" / "wmt-dev3" / "gold"
DEV4_GOLD = ROOT / "eval" / "wmt-dev4" / "gold"
DEV5_GOLD = ROOT / "eval" / "wmt-dev5" / "gold"
DEV6_GOLD = ROOT / "eval" / "wmt-dev6" / "gold"
DEV7_GOLD = ROOT / "eval" / "wmt-dev7" / "gold"
TEST_GOLD = ROOT / "eval" / "wmt-test" / "gold"
VAL_GOLD = ROOT / "eval" / "wmt-val" / "gold"
CORPUS = SHARED / "corpus" / "wmt-news" / "articles.jsonl"
CAMEO_TABLE = SHARED / "anchors" / "cameo" / "cameo_codes_combined.tsv"
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ACTOR_CODE = re.compile(r"^(-|IGO[A-Z]{2,}|[A-Z]{3}(?:[A-Z]{3})*)$")
TOP_KEYS = {"id", "corpus_id", "lang", "published", "text_file", "events", "quotes", "actors"}
EVENT_KEYS = {"type", "cameo", "source", "target", "required", "evidence"}
FILES = [f for gold in (DEV_GOLD, DEV2_GOLD, DEV3_GOLD, DEV4_GOLD, DEV5_GOLD, DEV6_GOLD, DEV7_GOLD, TEST_GOLD, VAL_GOLD)
         for f in sorted(gold.glob("*.json"))]
IDS = [f"{f.parent.parent.name}:{f.stem}" for f in FILES]


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _codes(value: Any) -> list[str]:
    return [c.strip() for c in str(value).split("|")] if value is not None else []


def _pairs(gold: Path) -> set[str]:
    return {f.stem.rsplit(".", 1)[0] for f in gold.glob("*.json")}


@pytest.fixture(scope="module")
def corpus() -> dict[str, dict[str, Any]]:
    """The wmt-news articles by id."""
    with CORPUS.open(encoding="utf-8") as f:
        return {a["id"]: a for a in (json.loads(line) for line in f if line.strip())}


@pytest.fixture(scope="module")
def cameo_codes() -> set[str]:
    """Every CAMEO event code of the shared table."""
    with CAMEO_TABLE.open(encoding="utf-8") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {r[0] for r in rows if r and r[0].isdigit()}


@pytest.mark.parametrize(("gold", "n_pairs"), [(DEV_GOLD, 12), (TEST_GOLD, 10)], ids=["wmt-dev", "wmt-test"])
def test_wmt_gold_sets_are_complete_cs_en_pairs(gold: Path, n_pairs: int, corpus: dict[str, dict[str, Any]]) -> None:
    """Both sides of every pair; wmt-test: half originally Czech."""
    pairs = _pairs(gold)
    assert len(pairs) == n_pairs
    assert all((gold / f"{p}.{lang}.json").exists() for p in pairs for lang in ("cs", "en"))
    if gold == TEST_GOLD:
        assert len([p for p in pairs if corpus[f"{p}.cs"]["original"]]) * 2 == len(pairs)


@pytest.mark.parametrize("gold", [DEV2_GOLD, DEV3_GOLD, DEV4_GOLD, DEV5_GOLD, DEV6_GOLD, DEV7_GOLD, VAL_GOLD],
                         ids=["wmt-dev2", "wmt-dev3", "wmt-dev4", "wmt-dev5", "wmt-dev6", "wmt-dev7", "wmt-val"])
def test_wmt_gold_pairs_are_those_of_its_readme_table(gold: Path, corpus: dict[str, dict[str, Any]]) -> None:
    """The sets that grow by hand-annotated pairs hold both sides of exactly their README table's pairs."""
    readme = (gold.parent / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| ([\w.-]+) \| (cs|en) \|", readme, re.M))
    pairs = _pairs(gold)
    assert pairs and pairs == set(rows), (pairs - set(rows), set(rows) - pairs)
    assert all((gold / f"{p}.{lang}.json").exists() for p in pairs for lang in ("cs", "en"))
    assert all(corpus[f"{p}.cs"]["pair"] == p == corpus[f"{p}.en"]["pair"] for p in pairs)
    assert all(corpus[f"{p}.{lang}"]["original"] for p, lang in rows.items()), "README 'original' column is wrong"


def test_wmt_gold_val_has_enough_pairs_of_each_original(corpus: dict[str, dict[str, Any]]) -> None:
    """wmt-val: at least eight pairs originally Czech and eight originally English (two annotators, 8-10 each)."""
    pairs = _pairs(VAL_GOLD)
    n_cs = len([p for p in pairs if corpus[f"{p}.cs"]["original"]])
    assert n_cs >= 8 and len(pairs) - n_cs >= 8, (n_cs, len(pairs) - n_cs)


SETS = {"wmt-dev": DEV_GOLD, "wmt-dev2": DEV2_GOLD, "wmt-dev3": DEV3_GOLD, "wmt-dev4": DEV4_GOLD, "wmt-dev5": DEV5_GOLD,
        "wmt-dev6": DEV6_GOLD, "wmt-dev7": DEV7_GOLD, "wmt-val": VAL_GOLD, "wmt-test": TEST_GOLD}
SET_PAIRS = [(a, b) for i, a in enumerate(SETS) for b in list(SETS)[i + 1:]]


@pytest.mark.parametrize(("one", "other"), [(SETS[a], SETS[b]) for a, b in SET_PAIRS],
                         ids=[f"{a}/{b}" for a, b in SET_PAIRS])
def test_wmt_gold_sets_share_no_pair(one: Path, other: Path) -> None:
    """No article pair is in two sets (the blind sets stay unseen, the dev sets measure different news)."""
    assert _pairs(one) and not _pairs(one) & _pairs(other)


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_wmt_gold_file_is_valid(path: Path, corpus: dict[str, dict[str, Any]], cameo_codes: set[str]) -> None:
    """Keys, PLOVER types, CAMEO and actor codes, and the corpus article the file names."""
    g = json.loads(path.read_text(encoding="utf-8"))
    assert set(g) >= TOP_KEYS, TOP_KEYS - set(g)
    assert g["id"] == path.stem == g["corpus_id"]
    assert g["text_file"] == f"texts/{g['id']}.txt"
    assert g["corpus_id"] in corpus
    assert corpus[g["corpus_id"]]["lang"] == g["lang"]
    assert g["events"] and g["actors"]
    assert g["quotes"] or path.parent in (VAL_GOLD, DEV3_GOLD, DEV4_GOLD, DEV5_GOLD, DEV6_GOLD, DEV7_GOLD), \
        "only wmt-val and wmt-dev3 .. wmt-dev7 have quote-less articles"
    for e in g["events"]:
        assert set(e) >= EVENT_KEYS, e
        assert set(_codes(e["type"])) <= PLOVER, e["type"]
        assert e["cameo"] in cameo_codes, e["cameo"]
        assert isinstance(e["required"], bool)
        for field in ("source", "target", "attributed_to"):
            assert all(ACTOR_CODE.match(c) for c in _codes(e.get(field))), (field, e.get(field))
        assert e["evidence"] and all(len(ev.split()) <= 15 for ev in e["evidence"]), e["evidence"]
    for q in g["quotes"]:
        assert q["speaker"] and isinstance(q["direct"], bool)
        assert all(ACTOR_CODE.match(c) for c in _codes(q["speaker_code"])), q["speaker_code"]
    for a in g["actors"]:
        assert a["name"] and a["type"] in {"PER", "GPE", "ORG", "GRP"}
        assert all(ACTOR_CODE.match(c) and c != "-" for c in _codes(a["code"])), a["code"]


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_wmt_gold_quotes_and_evidence_occur_in_article(path: Path, corpus: dict[str, dict[str, Any]]) -> None:
    """Every quote text and evidence snippet is a span of the article (whitespace normalised)."""
    g = json.loads(path.read_text(encoding="utf-8"))
    text = _ws(corpus[g["corpus_id"]]["text"])
    missing = [q["text"] for q in g["quotes"] if _ws(q["text"]) not in text]
    missing += [ev for e in g["events"] for ev in e["evidence"] if _ws(ev) not in text]
    assert not missing
