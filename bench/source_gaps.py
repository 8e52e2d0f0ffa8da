#!/usr/bin/env python3
"""Where do the actors stand in sentences whose trigger was dropped with 'no source actor'? (unseen corpus, no gold)

Runs kronika over the corpus articles in no blind set (bench/dev_harness.blind_corpus_ids) and, for every drop whose
reason is 'no source actor', places the coded actor mentions of the trigger's sentence relative to the trigger:
its own dependent ('own:<deprel>'), the subject of the verb it is coordinated with ('conj-subject'), of the verb
governing it ('<deprel>-governor-subject'), the noun its relative clause or participle modifies ('<deprel>-noun'),
or 'none' (no such link; e.g. an actor with no country, '---GOV'). Prints the counts per language and class; --show
LANG/CLASS lists the class's sentences with their mentions. --save writes the rows (JSON lines) for reuse.

Usage: bench/source_gaps.py [--limit N] [--save OUT.jsonl] [--load IN.jsonl] [--show cs/none]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_harness import CORPUS, blind_corpus_ids


def rows(limit: int) -> list[dict[str, Any]]:
    """One row per 'no source actor' drop: sentence, trigger positions, tokens and mentions."""
    from kronika import Pipeline

    pipe, skip, out = Pipeline(), blind_corpus_ids(), []
    with CORPUS.open(encoding="utf-8") as f:
        arts = [a for a in (json.loads(line) for line in f if line.strip()) if a["id"] not in skip]
    for art in arts[:limit or None]:
        doc = pipe({"id": art["id"], "text": art["text"], "lang": art["lang"]})
        for d in doc.meta.get("events_dropped", []):
            if d["reason"] != "no source actor":
                continue
            s = doc.sentences[d["sentence"]]
            toks = doc.tokens[s.start:s.end]
            out.append({"id": art["id"], "lang": art["lang"], "rule": d["rule"], "trigger": d["trigger"],
                        "trig": [t.i for t in toks if t.text == d["trigger"]],
                        "sent": doc.text[s.char_start:s.char_end].replace("\n", " "),
                        "toks": [(t.i, t.text, t.head, t.deprel) for t in toks],
                        "mentions": [{"text": m.text, "code": m.code, "head": m.head} for m in doc.mentions
                                     if s.start <= m.head < s.end and m.code]})
    return out


def classes(r: dict[str, Any]) -> list[str]:
    """Where the sentence's coded mentions stand relative to the (first) trigger token."""
    if not r["mentions"] or not r["trig"]:
        return ["no-actor"]
    tok = {t[0]: t for t in r["toks"]}
    heads = {m["head"] for m in r["mentions"]}
    kids: dict[int, list[tuple[int, str, int, str]]] = defaultdict(list)
    for t in r["toks"]:
        if t[2] != t[0]:
            kids[t[2]].append(t)
    t = tok[r["trig"][0]]
    found = [f"own:{k[3]}" for k in kids[t[0]] if k[0] in heads]
    h = tok.get(t[2])
    if h is not None and h[0] != t[0]:
        subj = any(k[0] in heads and k[3].startswith("nsubj") for k in kids[h[0]])
        if t[3] == "conj" and subj:
            found.append("conj-subject")
        elif subj and t[3] in {"xcomp", "advcl", "ccomp", "acl", "pcomp"}:
            found.append(f"{t[3]}-governor-subject")
        if h[0] in heads and t[3] in {"acl", "relcl", "acl:relcl", "amod", "appos"}:
            found.append(f"{t[3]}-noun")
    return sorted(set(found)) or ["none"]


def main() -> int:
    """Collect (or load) the rows, count the classes, show one."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--show", help="LANG/CLASS, e.g. en/acl-noun")
    a = ap.parse_args()
    data = [json.loads(x) for x in a.load.read_text(encoding="utf-8").splitlines()] if a.load else rows(a.limit)
    if a.save:
        a.save.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    count = Counter((r["lang"], c) for r in data for c in classes(r))
    for (lang, c), n in count.most_common():
        print(f"{lang} {c:32} {n}")
    if a.show:
        lang, cls = a.show.split("/", 1)
        for r in data:
            if r["lang"] == lang and cls in classes(r):
                ms = ", ".join(f"{m['text'][:30]}={m['code']}" for m in r["mentions"])
                print(f"-- {r['id']} {r['rule']} «{r['trigger']}» | {r['sent'][:300]}\n     {ms}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
