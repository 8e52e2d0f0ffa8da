"""Convert the PETRARCH-2 CAMEO verb dictionary into kronika's English event lexicon.

Source: /work/shared/anchors/petrarch2/CAMEO.2.0.txt, (c) 2015 Open Event Data Alliance, MIT
licence (PETRARCH-2 CAMEO verb pattern dictionary, itself derived from the TABARI CAMEO
dictionaries, NSF-funded). Output: src/kronika/data/en/verbs.json in the format of
notes/lexicon-format.md, plus hand-written entries from src/kronika/data/en/verbs_extra.json
(ids en-kr-*), and its drop rules. Build time uses spaCy's English lemmatizer for object nouns; run
time only reads the JSON.

Usage: python tools/build_en_verbs.py [--dict PATH] [--out PATH] [--extra PATH] [--quiet]
Every pattern that cannot be represented is counted with a status and a reason.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from petrarch_verbs import (
    Block,
    Frame,
    Row,
    Skip,
    pattern_rows,
    read_dictionary,
    read_verb,
    roles,
    split_code,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DICT = ROOT.parent / "shared" / "anchors" / "petrarch2" / "CAMEO.2.0.txt"
DEFAULT_OUT = ROOT / "src" / "kronika" / "data" / "en" / "verbs.json"
DEFAULT_EXTRA = ROOT / "src" / "kronika" / "data" / "en" / "verbs_extra.json"
CAMEO_TABLE = ROOT / "src" / "kronika" / "data" / "cameo.json"

AUX_LEMMAS = {"be", "have", "do", "get"}
# PLOVER manual: these types "require a recipient"; these are mutual when two actors do them together. CONSULT
# too: real-news gold names the counterpart of a meeting or call (wmt-dev 13/13, wmt-dev2 20/22), and without one
# 'X met', 'X sent', 'after he ran' were false events (a compound 'X and Y met' still pairs its members).
NEEDS_RECIPIENT = {"AID", "COOPERATE", "SANCTION", "CONSULT"}
MUTUAL = {"AGREE", "CONSULT", "COOPERATE"}
MUTUAL_CODES = {"057"}
DIRECTED = {"042", "043"}  # a visit goes from the visitor to the host, never both ways
VISIT_NOUNS = {"visit", "trip", "tour", "stopover", "journey"}
VISIT_PLACE = ["obl:in", "nmod:in"]  # where a visit is made is its host
ABOUT = ("English event lexicon converted by tools/build_en_verbs.py from the PETRARCH-2 CAMEO verb "
         "dictionary CAMEO.2.0.txt (c) 2015 Open Event Data Alliance, MIT licence; entries with "
         "ids en-kr-* are hand-written additions (verbs_extra.json). Do not edit by hand: "
         "edit the extras file and rebuild.")


def block_rows(block: Block, synsets: dict[str, list[str]], stats: Counter[str]) -> list[Row]:
    """Rows of one synonym block: each verb's own code, and every pattern for every verb."""
    rows: list[Row] = []
    verbs: list[tuple[str, Frame, str]] = []  # lemma, frame of its extra words, name as written
    for raw, own, _line in block.verbs:
        try:
            lemma, vframe = read_verb(raw, synsets)
        except Skip as why:
            stats[f"verb skipped: {why}"] += 1
            continue
        if lemma in AUX_LEMMAS:
            stats["verb skipped: auxiliary-like verb (be/have/do/get) is too general"] += 1
            continue
        name = re.sub(r"\{.*?\}", "", raw).split()[0].replace("+", "").lower()
        verbs.append((lemma, vframe, name))
        code = split_code(own or block.code)[0]
        target, _ = roles(vframe, False)
        if code:
            rows.append(Row(lemma, vframe.particle, vframe.prep, vframe.objects[0] if vframe.objects
                            else None, code, target, (), False, (len(vframe.relaxed), _line)))
        stats["verb converted" if code else "verb without own code (fires only with patterns)"] += 1
    for pattern, line, found_with in block.patterns:
        reasons: list[str] = []
        got = 0
        named = [v for v in verbs if v[2] in found_with]
        if named:
            stats["pattern applied to the verb(s) its comment names, not the whole block"] += 1
        for lemma, vframe, _name in named or verbs:
            try:
                new = pattern_rows(lemma, vframe, pattern, line, synsets)
            except Skip as why:
                reasons.append(str(why))
                continue
            rows.extend(new)
            got += 1
        if got:
            stats["pattern converted" + (" (null code: blocks only)" if rows[-1].code is None
                                         else "")] += 1
        else:
            stats[f"pattern skipped: {reasons[0] if reasons else 'block has no usable verb'}"] += 1
    return rows


def best_rows(rows: list[Row], stats: Counter[str]) -> list[Row]:
    """Keep one row per (trigger, particle, prep, object): the least relaxed, then the earliest."""
    best: dict[tuple[str, str | None, str | None, str | None], Row] = {}
    for row in rows:
        old = best.get(row.key())
        if old is None or row.rank < old.rank:
            if old is not None:
                stats["reading shadowed by a more exact or earlier pattern"] += 1
            best[row.key()] = row
        else:
            stats["reading shadowed by a more exact or earlier pattern"] += 1
    kept = [r for r in best.values() if r.code is not None]
    stats["reading dropped: null code [---] (no event)"] += len(best) - len(kept)
    return kept


def group_entries(rows: list[Row]) -> list[dict[str, Any]]:
    """Group rows that differ only in their object lemma into one entry with an object list."""
    groups: dict[tuple[Any, ...], list[str]] = {}
    for r in rows:
        k = (r.lemma, r.particle or "", r.prep or "", r.code, r.target, r.source, r.swap,
             r.reciprocal, r.obj is None)
        groups.setdefault(k, [])
        if r.obj is not None:
            groups[k].append(r.obj)
    out: list[dict[str, Any]] = []
    for k in sorted(groups, key=lambda k: (k[0], k[1], k[2], k[3], str(k[4:]))):
        lemma, particle, prep, code, target, source, swap, mutual, _bare = k
        e: dict[str, Any] = {"lemma": lemma}
        if particle:
            e["particle"] = particle
        if groups[k]:
            e["object"] = sorted(set(groups[k]))
        if prep:
            e["prep"] = prep
        e["cameo"] = code
        if swap:
            e["swap"] = True
            e["passive_source"] = list(source)
        else:
            e["target"] = list(target)
            if source:
                e["source"] = list(source)
        if mutual:
            e["reciprocal"] = True
        out.append(e)
    return out


def assign_ids(entries: list[dict[str, Any]], prefix: str) -> None:
    """Stable ids: prefix-lemma[-particle]-code[-n] (n counts readings with the same code)."""
    seen: Counter[str] = Counter()
    for e in entries:
        base = "-".join(x for x in (prefix, e["lemma"], e.get("particle"), e["cameo"]) if x)
        base = re.sub(r"[^a-z0-9\-]", "", base.lower())
        seen[base] += 1
        e["id"] = base if seen[base] == 1 else f"{base}-{seen[base]}"


def add_extras(entries: list[dict[str, Any]], extra: dict[str, Any],
               stats: Counter[str]) -> list[dict[str, Any]]:
    """Hand-written entries win over converted readings of the same trigger/object; drops apply."""
    mine, taken = first_readings(extra.get("verbs", []), stats)
    kept = []
    for e in entries:
        why = dropped(e, extra.get("drop", []))
        if why:
            stats[f"entry dropped by verbs_extra.json: {why}"] += 1
            continue
        objs = [o for o in e.get("object") or [None]
                if (e["lemma"], e.get("particle"), e.get("prep"), o, False) not in taken]
        if objs and objs != [None]:
            kept.append({**e, "object": objs})
        elif objs == [None] and "object" not in e:
            kept.append(e)
        else:
            stats["converted reading replaced by a hand-written entry"] += 1
    return mine + kept  # hand-written first: the engine takes the first of equally specific entries


def first_readings(entries: list[dict[str, Any]], stats: Counter[str]
                   ) -> tuple[list[dict[str, Any]], set[tuple[Any, ...]]]:
    """Hand-written entries in file order, each (trigger, object) reading kept once; and those keys."""
    taken: set[tuple[Any, ...]] = set()
    out = []
    for e in entries:
        objs = e.get("object") or [f"to {c}" for c in e.get("complement") or []] or [None]  # 'ordered X to pay'
        keys = {o: (e["lemma"], e.get("particle"), e.get("prep"), o, bool(e.get("infinitive")))
                for o in objs}  # 'told X to pay' does not replace the bare 'tell
        fresh = [o for o, k in keys.items() if k not in taken]
        taken.update(keys.values())
        if len(fresh) < len(keys):
            stats["hand-written reading repeated: the first one is kept"] += len(keys) - len(fresh)
        if fresh and e.get("complement") and not e.get("object"):
            out.append(e)
        elif fresh and fresh != [None]:
            out.append({**e, "object": fresh})
        elif fresh == [None]:
            out.append(e)
    return out, taken


def dropped(entry: dict[str, Any], rules: list[dict[str, Any]]) -> str | None:
    """The reason of the first drop rule matching a converted entry.

    A rule names the lemma and optionally cameo, prep, particle, object (one of the entry's object lemmas)
    and bare (no object, and no prep/particle beyond those the rule names).
    """
    for r in rules:
        if r["lemma"] != entry["lemma"] or any(k in r and r[k] != entry.get(k) for k in ("cameo", "prep", "particle")):
            continue
        if "object" in r and r["object"] not in entry.get("object", []):
            continue
        if r.get("bare") and ("object" in entry or any(k in entry and k not in r for k in ("prep", "particle"))):
            continue
        return str(r["reason"])
    return None


def convert(text: str, stats: Counter[str]) -> list[dict[str, Any]]:
    """The whole dictionary text -> grouped lexicon entries (without hand-written extras)."""
    synsets, blocks, unused = read_dictionary(text)
    stats.update(unused)
    rows = [r for b in blocks for r in block_rows(b, synsets, stats)]
    entries = group_entries(best_rows(rows, stats))
    assign_ids(entries, "en-p2")
    return entries


def plover_of(code: str) -> str | None:
    """PLOVER type of a CAMEO code (nearest listed parent) from the shared table, if present."""
    table = _cameo_table()
    hit = next((table[code[:n]] for n in range(len(code), 1, -1) if code[:n] in table), None)
    return hit["plover"] if hit else None


@cache
def _cameo_table() -> dict[str, Any]:
    """The CAMEO table's codes (empty when the table is missing)."""
    return dict(json.loads(CAMEO_TABLE.read_text())["codes"]) if CAMEO_TABLE.is_file() else {}


def mark_roles(entries: list[dict[str, Any]]) -> None:
    """PLOVER-wide role flags: AID/COOPERATE/SANCTION/CONSULT need a recipient; cooperation is mutual."""
    for e in entries:
        kind = plover_of(e["cameo"])
        if kind in NEEDS_RECIPIENT and not e.get("swap"):
            e.setdefault("needs_target", True)
        if (kind in MUTUAL or e["cameo"] in MUTUAL_CODES) and not e.get("swap") \
                and e["cameo"][:3] not in DIRECTED:
            e.setdefault("reciprocal", True)


def visit_places(entries: list[dict[str, Any]]) -> None:
    """A converted visit reading ('arrived for a visit', 'began a visit') takes the place it is in as the host too
    ('arrived in Moscow for a two-day visit'): PETRARCH's default slots name no 'in' phrase."""
    for e in entries:
        if e["cameo"][:3] == "042" and set(e.get("object", ())) & VISIT_NOUNS and "target" in e:
            e["target"] = list(dict.fromkeys([*e["target"], *VISIT_PLACE]))


def addressed(entries: list[dict[str, Any]], rules: list[dict[str, Any]]) -> None:
    """Converted entries of a lemma that verbs_extra.json's needs_target rules name code nothing without a target
    the text names (named_target: an implied domestic counterpart is no addressee)."""
    lemmas = {r["lemma"] for r in rules}
    for e in entries:
        if e["lemma"] in lemmas and e["id"].startswith("en-p2"):
            e.setdefault("named_target", True)


def negated_uses(entries: list[dict[str, Any]], rules: list[dict[str, Any]]) -> None:
    """Converted entries that verbs_extra.json's negated rules name (lemma, optionally cameo and particle) take the
    rule's negated_cameo: their negated use is an act of its own ('will not tolerate X' threatens X)."""
    for e in entries:
        for r in rules:
            if r["lemma"] == e["lemma"] and e["id"].startswith("en-p2") \
                    and all(k not in r or r[k] == e.get(k) for k in ("cameo", "particle")) and "object" not in e:
                e.setdefault("negated_cameo", r["negated_cameo"])


def distribution(entries: list[dict[str, Any]]) -> tuple[Counter[str], Counter[str]]:
    """Entries per CAMEO root and per PLOVER type (from the shared CAMEO table when present)."""
    roots = Counter(e["cameo"][:2] for e in entries)
    plover = Counter(str(plover_of(e["cameo"])) for e in entries)
    return roots, plover


def main(argv: list[str] | None = None) -> int:
    """Build verbs.json and print the entry count, code distribution and skip reasons."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dict", type=Path, default=DEFAULT_DICT)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--extra", type=Path, default=DEFAULT_EXTRA)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    stats: Counter[str] = Counter()
    entries = convert(args.dict.read_text(encoding="utf-8", errors="replace"), stats)
    extra = json.loads(args.extra.read_text()) if args.extra.is_file() else {}
    assign_ids(extra.get("verbs", []), "en-kr")
    assign_ids(extra.get("nouns", []), "en-kr-n")
    verbs = add_extras(entries, extra, stats)
    mark_roles(verbs + extra.get("nouns", []))
    addressed(verbs, extra.get("needs_target", []))
    negated_uses(verbs, extra.get("negated", []))
    visit_places(verbs)
    lexicon = {"_about": ABOUT, "verbs": verbs, "nouns": extra.get("nouns", [])}
    args.out.write_text(dump(lexicon), encoding="utf-8")
    if not args.quiet:
        report(lexicon, stats)
    return 0


def dump(lexicon: dict[str, Any]) -> str:
    """JSON with one entry a line: compact, yet diffs show which entries changed."""
    def rows(key: str) -> str:
        return ",\n".join(json.dumps(e, ensure_ascii=False) for e in lexicon[key])
    return (f'{{"_about": {json.dumps(lexicon["_about"])},\n"verbs": [\n{rows("verbs")}\n],\n'
            f'"nouns": [\n{rows("nouns")}\n]}}\n')


def report(lexicon: dict[str, Any], stats: Counter[str]) -> None:
    """Print what was built and what was dropped, with reasons."""
    verbs = lexicon["verbs"]
    print(f"entries: {len(verbs)} verb entries "
          f"({sum(1 for e in verbs if e['id'].startswith('en-kr'))} hand-written), "
          f"{len(lexicon['nouns'])} noun entries, "
          f"{len({e['lemma'] for e in verbs})} trigger lemmas")
    roots, plover = distribution(verbs + lexicon["nouns"])
    print("by CAMEO root:", ", ".join(f"{k}:{v}" for k, v in sorted(roots.items())))
    print("by PLOVER type:", ", ".join(f"{k}:{v}" for k, v in plover.most_common()))
    for reason, n in sorted(stats.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{n:7d}  {reason}")


if __name__ == "__main__":
    sys.exit(main())
