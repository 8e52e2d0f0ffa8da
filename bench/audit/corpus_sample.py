#!/usr/bin/env python3
"""Precision on unseen news from a judged random sample of corpus event lines (bench/dev_harness.py --corpus).

`sample`: draws N event lines from a corpus dump (fixed seed; at most one line per article per round, half cs and
half en; articles of the eval sets left out: the dev sets were tuned on, the blind ones are not in the dump) and
prints them with the sentence around the evidence, as a TSV to judge (the sentence column is for judging only: the
corpus licence keeps texts out of the repository, so `score` ignores it and the saved file drops it). `score`: looks
each judged line up in another dump (key: article, type, source, target, CAMEO, trigger) and prints precision by
error class before (the judged sample) and after (sampled lines still output, plus the judged lines of the sample
articles that are new against --base); new unjudged ones are listed to be judged and appended with sampled=0.

Classes (column `class`): correct, wrong_target, wrong_source, wrong_roles (both wrong or swapped), wrong_type,
wrong_mode (hypothetical, negated, requested or conditional coded as a fact), not_event (word sense, statement,
background). `verdict` maps them onto precision.py's verdicts.

Usage: bench/audit/corpus_sample.py sample CORPUS [--n 150] [--seed 32] [--with-dev --unjudged --mark 3] > TO_JUDGE.tsv
       bench/audit/corpus_sample.py score CORPUS --base DRAWN_FROM [--judgements TSV] [--show-unjudged] [--sampled 2]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ARTICLES = ROOT.parent / "shared" / "corpus" / "wmt-news" / "articles.jsonl"
JUDGED = HERE / "corpus-judgements.tsv"
CLASSES = ("correct", "wrong_target", "wrong_source", "wrong_roles", "wrong_type", "wrong_mode", "not_event")
VERDICT = {"correct": "correct", "wrong_target": "wrong_role", "wrong_source": "wrong_role",
           "wrong_roles": "wrong_role", "wrong_type": "wrong_type", "wrong_mode": "not_event",
           "not_event": "not_event"}
FIELDS = ("id", "lang", "type", "cameo", "source", "target", "trigger", "sampled", "class", "verdict", "reason")
Key = tuple[str, str, str, str, str, str]


def read_dump(path: Path) -> list[dict[str, str]]:
    """The EV lines of a corpus dump as dicts."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 8 and f[1] == "EV":
            out.append({"id": f[0], "lang": f[0].rsplit(".", 1)[-1], "type": f[2], "source": f[3],
                        "target": f[4], "cameo": f[5], "trigger": f[6], "evidence": f[7]})
    return out


def key(r: dict[str, str]) -> Key:
    """The lookup key of a judged or output line."""
    return (r["id"], r["type"], r["source"], r["target"], r["cameo"], r["trigger"])


def sentence(text: str, evidence: str) -> str:
    """The sentence(s) around the evidence snippet, on one line."""
    flat = " ".join(text.split())
    at = flat.find(evidence[:60])
    if at < 0:
        return evidence
    start = max(flat.rfind(". ", 0, at) + 2, at - 300, 0)
    end = flat.find(". ", at + len(evidence))
    return flat[start:(end + 1 if 0 <= end < at + len(evidence) + 300 else at + len(evidence) + 150)]


def eval_ids() -> set[str]:
    """Corpus ids of every eval set's articles (dev sets were tuned on; the dump already leaves out the blind ones)."""
    return {json.loads(f.read_text(encoding="utf-8")).get("corpus_id")
            for f in (ROOT / "eval").glob("*/gold/*.json")} - {None}


def draw(lines: list[dict[str, str]], n: int, seed: int) -> list[dict[str, str]]:
    """n lines, half per language, round-robin over shuffled articles (one line per article per round)."""
    rng = random.Random(seed)
    picked: list[dict[str, str]] = []
    for lang, quota in (("cs", n // 2), ("en", n - n // 2)):
        by_art: dict[str, list[dict[str, str]]] = {}
        for r in lines:
            if r["lang"] == lang:
                by_art.setdefault(r["id"], []).append(r)
        arts = sorted(by_art)
        rng.shuffle(arts)
        for a in arts:
            rng.shuffle(by_art[a])
        got: list[dict[str, str]] = []
        while len(got) < quota and any(by_art.values()):
            got.extend(by_art[a].pop() for a in arts if by_art[a] and len(got) < quota)
        picked.extend(got)
    return picked


def cmd_sample(a: argparse.Namespace) -> None:
    """Print the sample as a TSV to judge (class/verdict/reason empty, sentence last)."""
    texts = {d["id"]: d["text"] for d in map(json.loads, ARTICLES.open(encoding="utf-8"))}
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow((*FIELDS, "sentence"))
    skip = set() if a.with_dev else eval_ids()
    judged = set(load(JUDGED)) if a.unjudged else set()
    lines = [r for r in read_dump(a.corpus) if r["id"] not in skip and key(r) not in judged]
    for r in draw(lines, a.n, a.seed):
        w.writerow([r.get(f, a.mark if f == "sampled" else "") for f in FIELDS]
                   + [sentence(texts[r["id"]], r["evidence"])])


def load(path: Path) -> dict[Key, dict[str, str]]:
    """Judged lines by key; a later row overrides an earlier one."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    bad = [r for r in rows if r["class"] not in CLASSES or VERDICT[r["class"]] != r["verdict"]]
    if bad:
        sys.exit(f"bad class/verdict {bad[0]['class']!r}/{bad[0]['verdict']!r} in {path}")
    return {key(r): r for r in rows}


def report(title: str, rows: list[dict[str, str]]) -> None:
    """Counts per class and precision, overall and per language."""
    print(f"== {title}")
    for lang in ("cs", "en", "all"):
        sub = [r for r in rows if lang in ("all", r["lang"])]
        c = Counter(r["class"] for r in sub)
        p = c["correct"] / len(sub) if sub else 0.0
        print(f"  {lang:<3} n={len(sub):<4} P={p:.3f}  " + " ".join(f"{k}={c[k]}" for k in CLASSES[1:] if c[k]))


def cmd_score(a: argparse.Namespace) -> None:
    """Precision of the judged sample, and of the sampled lines plus the sample articles' new lines in a dump."""
    judged = load(a.judgements)
    drawn = [r for r in judged.values() if r["sampled"] == a.sampled]
    arts = {r["id"] for r in drawn}
    base = {key(r) for r in read_dump(a.base)} if a.base else {key(r) for r in drawn}
    out = [r for r in read_dump(a.corpus) if r["id"] in arts]
    kept = {key(r) for r in out}
    now = [r for r in drawn if key(r) in kept]
    new = [r for r in out if key(r) not in base]
    now += [judged[key(r)] for r in new if key(r) in judged]
    report("judged sample (as drawn)", drawn)
    report(f"{a.corpus}: sampled lines still output + judged new lines of the sample articles", now)
    gone = Counter(r["class"] for r in drawn if key(r) not in kept)
    unjudged = [r for r in new if key(r) not in judged]
    print(f"  sampled lines no longer output: {dict(gone)}; new unjudged lines in sample articles: {len(unjudged)}")
    if a.show_unjudged:
        for r in unjudged:
            print("  UNJUDGED\t" + "\t".join(r[f] for f in ("id", "type", "cameo", "source", "target", "trigger",
                                                              "evidence")))


def main() -> int:
    """Dispatch the two commands."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("corpus", type=Path)
    s.add_argument("--n", type=int, default=150)
    s.add_argument("--seed", type=int, default=32)
    s.add_argument("--with-dev", action="store_true", help="keep articles of the eval sets (tuned on: not unseen)")
    s.add_argument("--unjudged", action="store_true", help="leave out lines already in corpus-judgements.tsv")
    s.add_argument("--mark", default="1", help="the sampled column of the drawn rows (the draw's number)")
    c = sub.add_parser("score")
    c.add_argument("corpus", type=Path)
    c.add_argument("--judgements", type=Path, default=JUDGED)
    c.add_argument("--base", type=Path, help="the dump the sample was drawn from (new lines are those not in it)")
    c.add_argument("--show-unjudged", action="store_true")
    c.add_argument("--sampled", default="1", help="which draw to score: 1 = sessions 32-33 (non-eval articles), "
                   "2 = session 34 (dev-set articles, --with-dev --seed 34), "
                   "3 = session 35 (unjudged lines, --with-dev --unjudged --seed 35 --mark 3)")
    a = ap.parse_args()
    (cmd_sample if a.cmd == "sample" else cmd_score)(a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
