#!/usr/bin/env python3
"""Which drop reasons cost gold events and which prevent false positives? A per-reason audit on the dev gold sets.

Runs the pipeline of this tree on every non-blind gold set (seed, plover-gsr, plover-gsr-cs, wmt-dev..wmt-dev7,
loaded as bench/dev_harness.py does) and classifies every dropped candidate (doc.meta["events_dropped"]) by
what it would have been, from its entry's PLOVER type and the sentence it sits in:
  lost      a required gold event the scorer counts as missed has its evidence in that sentence, accepts the
            entry's type, and an actor of each gold side's country is resolved there (or carried, as
            bench/miss_diagnosis.py checks): an upper bound, the candidate may still have had other roles;
  lost?     the same, but a gold actor is not resolved there (the drop alone did not cost it);
  covered   a gold event of that type has evidence there but is already found, optional, or matched elsewhere
            (dropping was harmless);
  fp        no gold event of that type has evidence in the sentence: the drop prevented a false positive;
  other     the entry codes a statement (no PLOVER type) or no entry is named.
Reasons are grouped with their parenthesised parts and quoted words removed ('hypothetical (would): ...' ->
'hypothetical: ...', "content of 'accused'" -> "content of '…'").
Prints one row per reason and language (n lost lost? covered fp other), the rows where lost > fp first.
The blind sets are never read. `--show REASON_PART` also prints the lost (and with --fp the fp) cases of the
reasons containing REASON_PART: set/article, trigger, entry, the gold triple and the sentence.

`--by-type` splits each reason by the dropped entry's PLOVER type.

Usage: PYTHONPATH=src .venv/bin/python bench/drop_audit.py [--sets SET ...] [--by-type] [--show TEXT [--fp]]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import dev_harness as dh  # noqa: E402
import miss_diagnosis as md  # noqa: E402

SETS = tuple(s for s in dh.SETS if s not in dh.BLIND)
COLUMNS = ("lost", "lost?", "covered", "fp", "other")


def reason_key(reason: str) -> str:
    """A drop reason without its parenthesised examples and cues."""
    prev = None
    while prev != reason:
        prev, reason = reason, re.sub(r"\s*\([^()]*\)", "", reason)
    reason = re.sub(r"'[^' ]+'", "'…'", reason)  # the trigger or object word a reason quotes
    return " ".join(reason.split())


def classify(diag: md.Diagnoser, gold: dict[str, Any], doc: Any, drop: dict[str, Any],
             spans: list[tuple[dict[str, Any], set[int], str]]) -> tuple[str, dict[str, Any] | None]:
    """(column, the gold event concerned) of one dropped candidate."""
    kind = md.entry_type(doc.lang, str(drop.get("rule") or ""))
    if kind is None or kind == md.UNKNOWN:
        return "other", None
    sent = drop.get("sentence")
    here = [(g, state) for g, sents, state in spans if sent in sents and kind in diag.types(g)]
    if not here:
        return "fp", None
    for g, state in here:
        if state == "missed":
            found = all(diag._has_actor(doc, g.get(side), {sent}, side) for side in ("source", "target"))
            return ("lost" if found else "lost?"), g
    return "covered", here[0][0]


def gold_spans(diag: md.Diagnoser, sc: Any, gold: dict[str, Any], doc: Any
               ) -> list[tuple[dict[str, Any], set[int], str]]:
    """Every gold event with its evidence sentences and state (missed / found / optional / elsewhere)."""
    events = [e.to_dict() for e in doc.events]
    _, _, _, _, missed = sc.score_events(gold, events)
    triples = sc.event_triples(events)
    out = []
    for g in gold.get("events", []):
        state = "optional" if not g.get("required", True) else "found"
        if any(g is m for m in missed):
            fitting = any(t[0] in diag.types(g) and sc.actor_ok(t[1], g.get("source"))
                          and sc.actor_ok(t[2], g.get("target")) for t in triples)
            state = "elsewhere" if fitting else "missed"
        out.append((g, md.evidence_sentences(doc, g), state))
    return out


def audit(sets: list[str], show: str | None, fp: bool, by_type: bool = False) -> dict[tuple[str, str], Counter[str]]:
    """Counts per (reason, language); prints the asked-for cases on the way."""
    from kronika import Pipeline

    pipe, sc = Pipeline(), dh.load_module("kronika_score_drops", dh.SCORER)
    diag = md.Diagnoser(sc)
    table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with tempfile.TemporaryDirectory() as tmp:
        for name in sets:
            for gold in sc.load_gold(dh.gold_dir(name, Path(tmp)), None):
                if "events" not in set(gold.get("annotated") or ["events"]):
                    continue
                doc = pipe({"id": gold["id"], "text": gold["_text"], "lang": gold.get("lang"),
                            "published": gold.get("published")})
                spans = gold_spans(diag, sc, gold, doc)
                for d in doc.meta.get("events_dropped", []):
                    col, g = classify(diag, gold, doc, d, spans)
                    key = reason_key(str(d.get("reason")))
                    if by_type:
                        key = f"{md.entry_type(doc.lang, str(d.get('rule') or ''))} {key}"
                    table[(key, doc.lang)][col] += 1
                    if show and show in key and (col.startswith("lost") or (fp and col == "fp")):
                        triple = f"{g.get('type')} {g.get('source')}->{g.get('target') or '-'}" if g else "-"
                        print(f"{col:6} {name}/{gold['id']} «{d.get('trigger')}» {d.get('rule')} | {triple} | "
                              f"{md._sentence_text(doc, d['sentence'])[:200]}")
    return table


def print_audit(table: dict[tuple[str, str], Counter[str]]) -> None:
    """One row per reason and language; the reasons that lose more gold than they prevent fp first."""
    def order(item: tuple[tuple[str, str], Counter[str]]) -> tuple[int, int, str, str]:
        (reason, lang), c = item
        return (0 if c["lost"] > c["fp"] else 1, -(c["lost"] + c["lost?"]), reason, lang)

    print(f"{'lang':<4} {'n':>4} " + " ".join(f"{c:>7}" for c in COLUMNS) + "  reason")
    for (reason, lang), c in sorted(table.items(), key=order):
        print(f"{lang:<4} {sum(c.values()):>4} " + " ".join(f"{c[k]:>7}" for k in COLUMNS) + f"  {reason[:110]}")
    total: dict[str, Counter[str]] = defaultdict(Counter)
    for (_, lang), c in table.items():
        total[lang].update(c)
    for lang, c in sorted(total.items()):
        print(f"{lang:<4} {sum(c.values()):>4} " + " ".join(f"{c[k]:>7}" for k in COLUMNS) + "  (all reasons)")


def main() -> int:
    """Run the audit and print the table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--show", help="print the lost cases of reasons containing this text")
    ap.add_argument("--fp", action="store_true", help="with --show: print the fp-prevented cases too")
    ap.add_argument("--by-type", action="store_true", help="one row per reason and the entry's PLOVER type")
    a = ap.parse_args()
    if set(a.sets) & set(dh.BLIND):
        sys.exit("blind sets are not audited")
    print_audit(audit(a.sets, a.show, a.fp, a.by_type))
    return 0


if __name__ == "__main__":
    sys.exit(main())
