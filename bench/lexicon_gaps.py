#!/usr/bin/env python3
"""Lexicon gaps on the unseen corpus: words with a resolved actor as an argument where no event fired or was dropped.

For every VERB whose subject or object (nsubj, nsubj:pass, obj, iobj, or a bare/prepositional obl) is the head of a
resolved actor mention, and every NOUN (not itself inside a mention) with a resolved actor in nmod/nmod:poss/amod,
where no event's trigger span covers the token and no drop in doc.meta['events_dropped'] names it, the lemma is
counted (verbs with a reflexive expl:pv child as 'lemma se'). Lemmas are printed by frequency with whether the
lexicon already has them (IN-LEX: the gap is a sense, object or argument pattern; cue: a quote verb), the
commonest object nouns (light verbs: 'podat stížnost') and two example sentences. Language-neutral: only UD
relations and the lexicon index. Articles of any gold set are left out (bench/crosslingual.py pairs()).

Usage: bench/lexicon_gaps.py --lang cs|en [--limit N] [--top N] [--min N] [--nouns] [--unresolved] [--save OUT.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from crosslingual import pairs  # noqa: E402

VERB_ARGS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:agent", "csubj")
NOUN_ARGS = ("nmod", "nmod:poss", "amod", "det:poss")
REFLEXIVE = ("expl:pv", "expl")


def _base(rel: str) -> str:
    """The relation without a subtype unless the subtype matters here (nsubj:pass, nmod:poss)."""
    return rel if rel in VERB_ARGS or rel in NOUN_ARGS else rel.split(":")[0]


def children(doc: Any) -> dict[int, list[Any]]:
    """Dependents of every token."""
    kids: dict[int, list[Any]] = defaultdict(list)
    for t in doc.tokens:
        if t.head != t.i:
            kids[t.head].append(t)
    return kids


def covered(doc: Any) -> set[int]:
    """Tokens an event fired at (its trigger span or any merged mention's span) or a drop names."""
    spans = [tuple(e.span) for e in doc.events]
    spans += [tuple(m["span"]) for e in doc.events for m in e.mentions if m.get("span")]
    out = {t.i for t in doc.tokens for s, e in spans if t.start < e and s < t.end}
    drops = {(d.get("sentence"), str(d.get("trigger", "")).split(" ")[0]) for d in doc.meta.get("events_dropped", [])}
    out |= {t.i for t in doc.tokens if (t.sent, t.text) in drops}
    return out


def actor_args(t: Any, kids: dict[int, list[Any]], heads: dict[int, Any],
               rels: tuple[str, ...]) -> list[tuple[str, Any]]:
    """(relation, mention) of the token's dependents that head one of the given mentions."""
    return [(_base(k.deprel), heads[k.i]) for k in kids.get(t.i, []) if k.i in heads and _base(k.deprel) in rels]


def candidates(doc: Any, want_nouns: bool, unresolved: bool = False) -> list[dict[str, Any]]:
    """Uncoded verbs (and nouns) with a resolved (or, asked for, any) actor argument in one document."""
    heads = {m.head: m for m in doc.mentions if unresolved or (m.status == "resolved" and m.code)}
    inside = {i for m in doc.mentions for i in range(m.start, m.end)}
    kids, done, out = children(doc), covered(doc), []
    for t in doc.tokens:
        noun = t.upos == "NOUN"
        if t.i in done or not (t.upos == "VERB" or (want_nouns and noun and t.i not in inside)):
            continue
        args = actor_args(t, kids, heads, NOUN_ARGS if noun else VERB_ARGS)
        if not args and not noun and t.deprel == "conj":
            args = actor_args(doc.tokens[t.head], kids, heads, ("nsubj",))  # a subject shared with the first verb
        if not args:
            continue
        refl = [k.lemma.lower() for k in kids.get(t.i, []) if k.deprel in REFLEXIVE]
        objs = [k.lemma.lower() for k in kids.get(t.i, []) if k.deprel == "obj" and k.upos == "NOUN"]
        s = doc.sentences[t.sent]
        out.append({"lemma": t.lemma.lower() + (f" {refl[0]}" if refl else ""), "pos": t.upos, "form": t.text,
                    "args": [f"{r}={m.code or m.text}" for r, m in args], "objects": objs,
                    "sentence": doc.text[s.char_start:s.char_end].replace("\n", " ")[:300]})
    return out


def collect(lang: str, limit: int | None, want_nouns: bool, unresolved: bool = False) -> list[dict[str, Any]]:
    """Run the pipeline over one language side of the unseen pairs."""
    from kronika.pipeline import Pipeline
    pipe = Pipeline()
    rows: list[dict[str, Any]] = []
    for pair in pairs(limit):
        a = pair[0] if lang == "cs" else pair[1]
        doc = pipe({"id": a["id"], "text": a["text"], "lang": a["lang"]})
        rows.extend({**r, "id": a["id"]} for r in candidates(doc, want_nouns, unresolved))
    return rows


def report(rows: list[dict[str, Any]], lang: str, top: int, least: int) -> None:
    """Lemmas by frequency, with lexicon presence, common objects, argument relations and two examples."""
    from kronika.extractors.lexicon import load
    from kronika.langpack import load_json
    lex, cues = load(lang), set(load_json(lang, "cues.json").get("verbs", {}))
    by: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by[(r["pos"], r["lemma"])].append(r)
    print(f"{len(rows)} uncoded tokens with a resolved actor argument, {len(by)} lemmas")
    for (pos, lemma), rs in sorted(by.items(), key=lambda kv: -len(kv[1]))[:top]:
        if len(rs) < least:
            break
        index = lex.nouns if pos == "NOUN" else lex.verbs
        head = lemma.split(" ")[0]
        known = "IN-LEX" if head in index else "cue" if pos == "VERB" and head in cues else "new"
        objs = Counter(o for r in rs for o in r["objects"]).most_common(4)
        rels = Counter(a.split("=")[0] for r in rs for a in r["args"]).most_common(3)
        print(f"{len(rs):4d}  {pos:4s} {lemma:24s} {known:6s} args {dict(rels)}  obj {dict(objs)}")
        for r in rs[:2]:
            print(f"        [{' '.join(r['args'])}] {r['sentence'][:200]}")


def main() -> None:
    """Parse arguments, collect and print (or save) the gaps."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=("cs", "en"), required=True)
    ap.add_argument("--limit", type=int, default=None, help="first N unseen pairs only")
    ap.add_argument("--top", type=int, default=150, help="lemmas to print")
    ap.add_argument("--min", type=int, default=2, help="print lemmas seen at least this often")
    ap.add_argument("--nouns", action="store_true", help="also nouns with an actor in nmod/poss/amod")
    ap.add_argument("--unresolved", action="store_true", help="also count unresolved mentions (no code) as actors")
    ap.add_argument("--save", help="write every candidate row as JSON lines")
    a = ap.parse_args()
    rows = collect(a.lang, a.limit, a.nouns, a.unresolved)
    if a.save:
        Path(a.save).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    report(rows, a.lang, a.top, a.min)


if __name__ == "__main__":
    main()
