#!/usr/bin/env python3
"""Cross-lingual event agreement on the paired wmt-news corpus (the same article in Czech and in English).

Runs kronika on both sides of each pair (pairs of our gold sets eval/*/gold are left out: the dev sets
so the figures do not reward tuning, the blind eval/wmt-test so nobody sees kronika's output on it) and
prints events per article on each side and the share of one side's events that have a counterpart on the
other: same PLOVER type and the same source and target country (the first three letters of the codes). A loose figure
compares type and source country only. Unmatched events are listed with --show (en|cs) and split into
"actors present" (both countries are among the other side's resolved mentions: a lexicon or engine gap)
and "actors missing" (an actor-resolution gap).

Usage: bench/crosslingual.py [--with-dev] [--limit N] [--save OUT.jsonl | --system OUT.jsonl] [--show en|cs] [--type T]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from corpus import WMT, load  # noqa: E402

EVAL = ROOT / "eval"


BLIND = ("wmt-test", "wmt-val")


def dev_pairs(blind_only: bool = False) -> set[str]:
    """Pairs whose articles are in our gold sets (dev sets: no reward for tuning; the blind sets stay unseen).

    With blind_only, only the blind sets' pairs: the dev pairs are then compared too (their misses are read anyway)."""
    files = [f for f in EVAL.glob("*/gold/*.json") if not blind_only or f.parent.parent.name in BLIND]
    ids = {json.loads(f.read_text(encoding="utf-8")).get("corpus_id") for f in files}
    return {a["pair"] for a in load(WMT) if a["id"] in ids}


def pairs(limit: int | None, with_dev: bool = False) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(cs, en) article pairs of the corpus without the gold pairs (with_dev: without the blind ones), in order."""
    skip = dev_pairs(blind_only=with_dev)
    by_pair: dict[str, dict[str, dict[str, Any]]] = {}
    for a in load(WMT):
        if a["pair"] not in skip:
            by_pair.setdefault(a["pair"], {})[a["lang"]] = a
    out = [(p["cs"], p["en"]) for _, p in sorted(by_pair.items()) if "cs" in p and "en" in p]
    return out[:limit] if limit else out


def country(code: str | None) -> str | None:
    """The country / IGO part of an actor code."""
    return code[:3] if code else None


def summarise(doc: Any) -> dict[str, Any]:
    """The parts of an extracted doc the comparison needs (events with their sentence, mention countries)."""
    sents = doc.sentences
    evs = []
    for e in doc.events:
        s = sents[e.sentence] if e.sentence < len(sents) else None
        evs.append({"type": e.type, "cameo": e.cameo, "source": e.source.code if e.source else None,
                    "target": e.target.code if e.target else None, "trigger": e.trigger, "rule": e.rule,
                    "sentence": doc.text[s.char_start:s.char_end] if s else ""})
    return {"id": doc.article.id, "lang": doc.lang, "events": evs,
            "countries": sorted({c for m in doc.mentions if (c := country(m.code))})}


def run(arts: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Extract every article in-process and summarise it."""
    from kronika.pipeline import Pipeline
    pipe = Pipeline()
    out = []
    for a in arts:
        d = summarise(pipe({"id": a["id"], "text": a["text"], "lang": a["lang"]}))
        d["pair"] = a["pair"]
        out.append(d)
    return out


def key(e: dict[str, Any], loose: bool) -> tuple[Any, ...]:
    """Comparison key of an event: type + source country (+ target country unless loose)."""
    k = (e["type"], country(e["source"]))
    return k if loose else (*k, country(e["target"]))


def matched(side: dict[str, Any], other: dict[str, Any], loose: bool) -> list[tuple[dict[str, Any], bool]]:
    """Each event of one side with whether the other side has an event with the same key."""
    keys = {key(e, loose) for e in other["events"]}
    return [(e, key(e, loose) in keys) for e in side["events"]]


def figures(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """Events per article per language and the matched shares (strict and loose), both directions."""
    by_pair: dict[str, dict[str, dict[str, Any]]] = {}
    for d in docs:
        by_pair.setdefault(d["pair"], {})[d["lang"]] = d
    full = [p for p in by_pair.values() if "cs" in p and "en" in p]
    res: dict[str, Any] = {"pairs": len(full)}
    for lang, other in (("cs", "en"), ("en", "cs")):
        n = sum(len(p[lang]["events"]) for p in full)
        res[f"events_{lang}"] = n
        res[f"per_article_{lang}"] = round(n / len(full), 3) if full else 0.0
        res[f"articles_with_events_{lang}"] = sum(1 for p in full if p[lang]["events"])
        for loose in (False, True):
            hit = sum(ok for p in full for _, ok in matched(p[lang], p[other], loose))
            res[f"{lang}_matched_in_{other}{'_loose' if loose else ''}"] = round(hit / n, 3) if n else 0.0
    return res


def show(docs: list[dict[str, Any]], lang: str, only_type: str | None) -> None:
    """List one side's events without a counterpart, split by whether the other side has their actors."""
    by_pair: dict[str, dict[str, dict[str, Any]]] = {}
    for d in docs:
        by_pair.setdefault(d["pair"], {})[d["lang"]] = d
    other = "cs" if lang == "en" else "en"
    tally: Counter[str] = Counter()
    for pair, p in sorted(by_pair.items()):
        if lang not in p or other not in p:
            continue
        for e, ok in matched(p[lang], p[other], False):
            if ok or (only_type and e["type"] != only_type):
                continue
            have = set(p[other]["countries"])
            need = {c for c in (country(e["source"]), country(e["target"])) if c}
            why = "actors present" if need <= have else "actors missing"
            tally[why] += 1
            print(f"[{why}] {pair} {e['type']} {e['cameo']} {e['source']} -> {e['target']} «{e['trigger']}» "
                  f"{e['rule']}\n    {e['sentence'][:220]}")
    print(dict(tally))


def main() -> int:
    """Extract (or read saved summaries), print the agreement figures, optionally the unmatched events."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N pairs only")
    ap.add_argument("--save", type=Path, default=None, help="write the per-article summaries here (JSONL)")
    ap.add_argument("--system", type=Path, default=None, help="read saved summaries instead of extracting")
    ap.add_argument("--show", choices=["cs", "en"], default=None, help="list this side's unmatched events")
    ap.add_argument("--type", default=None, help="with --show: only this PLOVER type")
    ap.add_argument("--with-dev", action="store_true", help="compare the dev sets' pairs too (never the blind sets)")
    a = ap.parse_args()
    if a.system:
        docs = [json.loads(line) for line in a.system.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        t0 = time.process_time()
        docs = run(art for pair in pairs(a.limit, a.with_dev) for art in pair)
        print(f"extracted {len(docs)} articles in {time.process_time() - t0:.1f} s CPU", file=sys.stderr)
        if a.save:
            a.save.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    if a.show:
        show(docs, a.show, a.type)
    for k, val in figures(docs).items():
        print(f"{k:<28} {val}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
