"""Every span in real-article output points at the text it reports (a sample of wmt-news in CI; all in bench)."""

from __future__ import annotations

import json
from pathlib import Path

from kronika import Pipeline
from kronika.limits import offset_problems

# Not `from conftest import SHARED`: with several conftest.py files that name is whichever loaded first.
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
WMT = SHARED / "corpus" / "wmt-news" / "articles.jsonl"


def test_offsets_wmt_sample_all_valid(pipeline: Pipeline) -> None:
    arts = [json.loads(line) for line in WMT.read_text(encoding="utf-8").splitlines() if line.strip()]
    sample = [a for a in arts if a["lang"] == "cs"][::60] + [a for a in arts if a["lang"] == "en"][::60]
    assert len(sample) >= 8
    for art in sample:
        doc = pipeline(art)
        assert doc.status == "ok", (art["id"], doc.reason)
        assert offset_problems(art["text"], doc.to_dict()) == [], art["id"]


def test_offsets_checker_catches_bad_spans() -> None:
    text = "Vláda v Praze to odmítla."
    out = {"actors": [{"mentions": [{"text": "Vláda", "span": [0, 5]}, {"text": "Praze", "span": [8, 12]}]}],
           "quotes": [{"text": "to odmítla", "span": [14, 99]}],
           "events": [{"span": [3, 1], "source": {"text": "Vláda", "span": [0, 5]}}]}
    problems = offset_problems(text, out)
    assert len(problems) == 3
    assert "mention 1" in problems[0] and "quote 0" in problems[1] and "event 0" in problems[2]
