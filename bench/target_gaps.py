#!/usr/bin/env python3
"""Where do the actors stand in sentences whose trigger found no target? (issue 4, unseen corpus, no gold)

For every 'entry needs a target actor and none was found' drop and every event without a target (or with an implicit
one) on the unseen wmt-news pairs (bench/crosslingual.pairs), the resolved actor mentions of the trigger's sentence
are placed relative to the trigger on the dependency tree and counted by the first place found in this order: inside
the object phrase (an owner: 'rejected X's plan'), the object itself, a prepositional or oblique phrase, a clause-mate
(ccomp/advcl/conj/xcomp), above the trigger's phrase, the subject side; or 'no actor' in the sentence.

Each drop is also given the shapes of the trigger's own phrase that could hold a target the roles do not read
(--shape lists one shape's rows): a personal pronoun as its argument ('ocenila je'), a relative pronoun ('jemuž X
vzdoroval'), an argument on a verb coordinated with it ('poděkovat a pogratulovat X'), a bare argument on its
governing verb ('mají polským kolegům pomáhat'), a bare genitive actor under a noun trigger ('kritika vlády'), an
actor in a prepositional phrase on it, an actor inside its object phrase, a bare actor argument the entry does not
read; 'none' else (UD relations, and spaCy's 'poss' and 'prep' > 'pobj' for English).

Usage: bench/target_gaps.py [--limit N] [--ids FILE] [--save OUT.jsonl] [--show PLACE] [--shape SHAPE]
  --ids: only the pairs both of whose article ids the file lists (one a line; e.g. the unseen list of a session)
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
ARGS = ("obj", "iobj", "obl:arg", "obl", "dobj", "dative")  # UD and spaCy argument relations
RELATIVE = ("Rel", "Int,Rel")


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


def shapes(toks: list[Any], ti: int, actor_heads: set[int]) -> list[str]:
    """The shapes of the trigger's phrase that could hold its target (see the module docstring)."""
    kids: dict[int, list[int]] = {}
    for t in toks:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t.i)
    t, out = toks[ti], set()

    def cased(i: int) -> bool:
        return any(toks[k].deprel == "case" for k in kids.get(i, []))

    def inside(i: int) -> bool:
        todo = list(kids.get(i, []))
        while todo:
            x = todo.pop()
            if x in actor_heads:
                return True
            todo.extend(kids.get(x, []))
        return False
    for k in (toks[x] for x in kids.get(ti, [])):
        if k.upos in {"PRON", "DET"} and not k.deprel.startswith(("nsubj", "det")):
            if k.feat("PronType") == "Prs" and k.feat("Person") == "3" and k.feat("Reflex") != "Yes":
                out.add("personal pronoun")
            elif k.feat("PronType") in RELATIVE:
                out.add("relative pronoun")
        elif k.i in actor_heads and (k.deprel == "poss" or (k.deprel == "nmod" and not cased(k.i))):
            out.add("genitive of a noun")
        elif (k.i in actor_heads and cased(k.i) and k.deprel.startswith(("obl", "nmod"))) or (
                k.deprel == "prep" and any(x in actor_heads for x in kids.get(k.i, []))):
            out.add("prepositional phrase")
        elif k.i in actor_heads and k.deprel in ARGS:
            out.add("bare argument")
        elif k.deprel in ARGS and inside(k.i):
            out.add("inside the object")
    partners = [x for x in kids.get(ti, []) if toks[x].deprel == "conj"] + ([t.head] if t.deprel == "conj" else [])
    if any(toks[x].deprel in ARGS and x in actor_heads for p in partners for x in kids.get(p, [])):
        out.add("coordinated verb")
    if t.deprel == "xcomp" and any(toks[x].deprel in ARGS and x in actor_heads and not cased(x)
                                   for x in kids.get(t.head, [])):
        out.add("governing verb")
    return sorted(out) or ["none"]


def candidates(doc: Any) -> list[tuple[str, int, str]]:
    """(kind, sentence, trigger) of the drops and the events without a named target."""
    out = [("drop", x["sentence"], x["trigger"]) for x in doc.meta.get("events_dropped", [])
           if x["reason"].startswith(DROP)]
    out += [("no target" if e.target is None else "implicit", e.sentence, e.trigger) for e in doc.events
            if e.target is None or not e.target.text]
    return out


def rows(limit: int | None, ids: set[str] | None = None) -> list[dict[str, Any]]:
    """One row per candidate with its sentence's actors, their places and the trigger's shapes."""
    from kronika.pipeline import Pipeline
    pipe = Pipeline()
    out = []
    chosen = [p for p in pairs(None) if ids is None or (p[0]["id"] in ids and p[1]["id"] in ids)]
    for cs, en in chosen[:limit] if limit else chosen:
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
                heads = {m.head for m in doc.mentions if m.status == "resolved" and m.code
                         and not m.code.endswith("MED")}
                out.append({"id": a["id"], "lang": a["lang"], "kind": kind, "trigger": trig, "place": first,
                            "shapes": shapes(doc.tokens, ti, heads) if kind == "drop" else [],
                            "mentions": ms, "sentence": doc.text[s.char_start:s.char_end]})
    return out


def main() -> int:
    """Count the places per language and kind; optionally save the rows or list one place's rows."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N pairs only")
    ap.add_argument("--save", type=Path, default=None, help="write the rows here (JSONL)")
    ap.add_argument("--show", default=None, help="list the rows of this place")
    ap.add_argument("--shape", default=None, help="list the drops of this trigger shape")
    ap.add_argument("--ids", type=Path, default=None, help="only pairs whose two article ids this file lists")
    a = ap.parse_args()
    found = rows(a.limit, set(a.ids.read_text(encoding="utf-8").split()) if a.ids else None)
    tally = Counter((r["lang"], r["kind"], r["place"]) for r in found)
    for key, n in sorted(tally.items()):
        print(f"{n:5d}  {' / '.join(key)}")
    print("drops by the shape of the trigger's phrase:")
    for (lang, shape), n in sorted(Counter((r["lang"], x) for r in found for x in r["shapes"]).items()):
        print(f"{n:5d}  {lang} / {shape}")
    for r in found:
        if (a.show and r["place"] == a.show) or (a.shape and a.shape in r["shapes"]):
            print(f"{r['lang']} {r['kind']} «{r['trigger']}» {r['mentions']}\n    {r['sentence'][:220]}")
    if a.save:
        a.save.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
