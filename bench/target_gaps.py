#!/usr/bin/env python3
"""Where do the actors stand in sentences whose trigger found no target? (issue 4, unseen corpus, no gold)

For every 'entry needs a target actor and none was found' drop and every event without a target (or with an implicit
one) on the unseen wmt-news pairs (bench/crosslingual.pairs), the resolved actor mentions of the trigger's sentence
are placed relative to the trigger on the dependency tree and counted by the first place found in this order: inside
the object phrase (an owner: 'rejected X's plan'), the object itself, a prepositional or oblique phrase, a clause-mate
(ccomp/advcl/conj/xcomp), above the trigger's phrase, the subject side; or 'no actor' in the sentence.

Usage: bench/target_gaps.py [--limit N] [--save OUT.jsonl] [--show PLACE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from crosslingual import pairs  # noqa: E402

DROP = "entry needs a target actor and none was found"
ORDER = ("inside the object", "the object", "prepositional phrase", "clause-mate", "above the trigger",
         "subject side")
SUBJECT = re.compile(r"\^*(nsubj|nsubjpass|nsubj:pass)(>(flat|compound|appos|amod|nmod|conj|nmod:poss|poss))*")
OBJECT = re.compile(r"(obj|dobj|iobj|obl:arg|dative)\b")


def path(toks: list[Any], a: int, b: int) -> str:
    """'^' for each step up from token a to the lowest common ancestor, then the relations down to token b."""
    def up(i: int) -> list[int]:
        out = [i]
        while toks[i].head != i and len(out) < 40:
            i = toks[i].head
            out.append(i)
        return out
    ua, ub = up(a), up(b)
    common = next((x for x in ub if x in ua), None)
    if common is None:
        return "?"
    return "^" * ua.index(common) + ">".join(toks[x].deprel for x in reversed(ub[:ub.index(common)]))


def place(p: str) -> str:
    """The place of one actor relative to the trigger, from its tree path."""
    if SUBJECT.fullmatch(p):
        return "subject side"
    if p.startswith("^") or p == "?":
        return "above the trigger"
    first = p.split(">")[0]
    if OBJECT.match(first):
        return "inside the object" if ">" in p and "acl" not in p else "the object"
    if first.startswith(("obl", "prep", "nmod", "agent")):
        return "prepositional phrase"
    return "clause-mate"


def candidates(doc: Any) -> list[tuple[str, int, str]]:
    """(kind, sentence, trigger) of the drops and the events without a named target."""
    out = [("drop", x["sentence"], x["trigger"]) for x in doc.meta.get("events_dropped", [])
           if x["reason"].startswith(DROP)]
    out += [("no target" if e.target is None else "implicit", e.sentence, e.trigger) for e in doc.events
            if e.target is None or not e.target.text]
    return out


def rows(limit: int | None) -> list[dict[str, Any]]:
    """One row per candidate with its sentence's actors and their places."""
    from kronika.pipeline import Pipeline
    pipe = Pipeline()
    out = []
    for cs, en in pairs(limit):
        for a in (cs, en):
            doc = pipe({"id": a["id"], "text": a["text"], "lang": a["lang"]})
            for kind, si, trig in candidates(doc):
                s = doc.sentences[si]
                ti = next((t.i for t in doc.tokens[s.start:s.end] if t.text == trig), None)
                if ti is None:
                    continue
                ms = [(m.text, m.code, path(doc.tokens, ti, m.head)) for m in doc.mentions
                      if m.status == "resolved" and m.code and s.start <= m.head < s.end and not m.code.endswith("MED")]
                found = {place(p) for _, _, p in ms}
                first = next((k for k in ORDER if k in found), "no actor")
                out.append({"id": a["id"], "lang": a["lang"], "kind": kind, "trigger": trig, "place": first,
                            "mentions": ms, "sentence": doc.text[s.char_start:s.char_end]})
    return out


def main() -> int:
    """Count the places per language and kind; optionally save the rows or list one place's rows."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N pairs only")
    ap.add_argument("--save", type=Path, default=None, help="write the rows here (JSONL)")
    ap.add_argument("--show", default=None, help="list the rows of this place")
    a = ap.parse_args()
    found = rows(a.limit)
    tally = Counter((r["lang"], r["kind"], r["place"]) for r in found)
    for key, n in sorted(tally.items()):
        print(f"{n:5d}  {' / '.join(key)}")
    if a.show:
        for r in found:
            if r["place"] == a.show:
                print(f"{r['lang']} {r['kind']} «{r['trigger']}» {r['mentions']}\n    {r['sentence'][:220]}")
    if a.save:
        a.save.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
