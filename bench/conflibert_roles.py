#!/usr/bin/env python3
"""Source/target roles and event detection on ConfliBERT's CAMEO sentences (English international news).

../shared/anchors/conflibert holds ~1,800 English news sentences (2017-18, international politics) from the
ConfliBERT repository (GPL-3.0; read here, never copied into kronika): `cameo_ner_<split>.txt` tags the source (S)
and target (T) of the sentence's event token by token, `cameo_class_<split>.tsv` gives its class 0-4 (4 material
conflict, 3 verbal conflict, 2 material cooperation, 1 verbal cooperation, 0 neutral statement; read from the
sentences, the repository does not document it). Neither has PLOVER types, so this measures what they can:
  detected  share of the sentences with a class 1-4 where kronika codes at least one event;
  quad      of those, share where an event's quad class equals the gold class;
  dyad      of the sentences with both S and T where kronika codes an event, share with an event whose source
            overlaps S and target overlaps T; `swapped` counts source on T and target on S, `src only` / `tgt
            only` one side right, `neither` both wrong (or missing);
  extra     sentences of class 0 (statements) where kronika codes an event.
Tune on `--split train`, measure on `--split test`: the test split is the held-out figure.

A translation (`--translation FILE --lang cs`: JSON lines {id, label, text, S: [phrase], T: [phrase]}) is measured
the same way.

Usage: bench/conflibert_roles.py [--split train|test] [--show KIND] [--limit N] [--translation FILE --lang cs]
  KIND: missed (class 1-4, no event), swapped, src, tgt, neither, quad (wrong quad class)
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "anchors" / "conflibert"


@dataclass
class Sentence:
    """One ConfliBERT sentence: text, gold class (None when only tagged) and S/T character spans."""

    id: str
    text: str
    label: int | None
    roles: dict[str, list[tuple[int, int]]]


def _norm(s: str) -> str:
    return re.sub(r"\W+", "", s.lower())


def _tagged(path: Path) -> list[list[tuple[str, str]]]:
    """Token/tag lists of a BIO file (blank line between sentences)."""
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
            cur = []
            continue
        word, tag = line.rsplit(" ", 1)
        cur.append((word, tag))
    if cur:
        out.append(cur)
    return out


def _locate(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Character spans of the tokens in text, in order (a token not found keeps the previous end)."""
    spans, at = [], 0
    for t in tokens:
        i = text.find(t, at)
        if i < 0:
            spans.append((at, at))
            continue
        spans.append((i, i + len(t)))
        at = i + len(t)
    return spans


def _roles(text: str, tagged: list[tuple[str, str]]) -> dict[str, list[tuple[int, int]]]:
    """S/T/R phrases as character spans of text."""
    spans = _locate(text, [w for w, _ in tagged])
    out: dict[str, list[tuple[int, int]]] = {}
    for (_, tag), (s, e) in zip(tagged, spans, strict=True):
        if tag == "O" or s == e:
            continue
        kind = tag[2:]
        if tag.startswith("B-") or not out.get(kind):
            out.setdefault(kind, []).append((s, e))
        else:
            out[kind][-1] = (out[kind][-1][0], e)
    return out


def load(split: str) -> list[Sentence]:
    """The split's sentences: tagged ones joined to their class by text; class-only ones without roles."""
    classes: dict[str, tuple[str, int | None]] = {}
    for line in (DATA / f"cameo_class_{split}.tsv").read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            text, label = line.rsplit("\t", 1)
            classes[_norm(text)] = (text, int(label))
    out, seen = [], set()
    for k, tagged in enumerate(_tagged(DATA / f"cameo_ner_{split}.txt")):
        key = _norm("".join(w for w, _ in tagged))
        text, gold = classes.get(key, (" ".join(w for w, _ in tagged), None))
        seen.add(key)
        out.append(Sentence(f"{split}-{k:04d}", text, gold, _roles(text, tagged)))
    for key, (text, gold) in classes.items():
        if key not in seen:
            out.append(Sentence(f"{split}-c{len(out):04d}", text, gold, {}))
    return out


def translated(path: Path) -> list[Sentence]:
    """Sentences of a translation file: JSON lines {id, label, text, S: [phrase], T: [phrase]} (phrases of text)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        roles = {k: [(i, i + len(p)) for p in d.get(k, []) if (i := d["text"].find(p)) >= 0] for k in ("S", "T")}
        out.append(Sentence(d["id"], d["text"], d.get("label"), roles))
    return out


def extract(sents: list[Sentence], lang: str = "en") -> dict[str, list[dict[str, Any]]]:
    """kronika's events per sentence id (one extract run over all of them)."""
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with inp.open("w", encoding="utf-8") as f:
            for s in sents:
                f.write(json.dumps({"id": s.id, "lang": lang, "text": s.text}, ensure_ascii=False) + "\n")
        cli = "import sys; from kronika.cli import main; sys.exit(main())"
        subprocess.run([sys.executable, "-c", cli, "extract", "--input", str(inp), "--output", str(out)], check=True)
        return {d["id"]: d.get("events") or [] for d in map(json.loads, out.read_text().splitlines())}


def _on(arg: dict[str, Any] | None, spans: list[tuple[int, int]]) -> bool:
    if not arg or not arg.get("span"):
        return False
    a, b = arg["span"]
    return any(a < e and s < b for s, e in spans)


def dyad(s: Sentence, events: list[dict[str, Any]]) -> str:
    """How the best of the events fills the sentence's S and T: right, swapped, src only, tgt only, neither."""
    src, tgt = s.roles.get("S", []), s.roles.get("T", [])
    kinds = []
    for e in events:
        so, to = _on(e.get("source"), src), _on(e.get("target"), tgt)
        if so and to:
            return "right"
        kinds.append("swapped" if _on(e.get("source"), tgt) and _on(e.get("target"), src)
                     else "src" if so else "tgt" if to else "neither")
    for k in ("swapped", "src", "tgt"):
        if k in kinds:
            return k
    return "neither"


def _line(s: Sentence, events: list[dict[str, Any]]) -> str:
    roles = " ".join(f"{k}={[s.text[a:b] for a, b in v]}" for k, v in sorted(s.roles.items()))
    evs = "; ".join(f"{e['type']}/{e.get('quad_class')} {(e.get('source') or {}).get('text')!r}->"
                    f"{(e.get('target') or {}).get('text')!r} «{e.get('trigger')}»" for e in events)
    return f"[{s.id} class {s.label}] {s.text}\n    gold {roles}\n    kronika {evs or '-'}"


def report(sents: list[Sentence], events: dict[str, list[dict[str, Any]]], show: str | None) -> dict[str, Any]:
    """Print the figures (and the SHOW lines); return them."""
    c: Counter[str] = Counter()
    for s in sents:
        evs = events.get(s.id, [])
        kind = None
        if s.label in (1, 2, 3, 4):
            c["eventful"] += 1
            c["detected"] += bool(evs)
            kind = "missed" if not evs else None
            if evs:
                right = any(e.get("quad_class") == s.label for e in evs)
                c["quad"] += right
                kind = None if right else "quad"
        elif s.label == 0:
            c["statements"] += 1
            c["extra"] += bool(evs)
        if evs and s.roles.get("S") and s.roles.get("T"):
            c["dyadic"] += 1
            d = dyad(s, evs)
            c[d] += 1
            kind = d if d != "right" else kind
        if show and kind == show:
            print(_line(s, evs))
    figs = {
        "sentences": len(sents),
        "detected": round(c["detected"] / max(c["eventful"], 1), 3),
        "quad": round(c["quad"] / max(c["detected"], 1), 3),
        "dyad": round(c["right"] / max(c["dyadic"], 1), 3),
        "extra": round(c["extra"] / max(c["statements"], 1), 3),
        **{k: c[k] for k in ("eventful", "dyadic", "right", "swapped", "src", "tgt", "neither", "statements")},
    }
    print(json.dumps(figs))
    return figs


def main() -> int:
    """Run the measurement."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="test", choices=("train", "test"))
    ap.add_argument("--show", default=None)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--translation", type=Path, default=None,
                    help="JSON lines of translated sentences (with --lang), instead of the English split")
    ap.add_argument("--lang", default="en")
    a = ap.parse_args()
    if a.translation is None and not DATA.exists():
        sys.exit(f"{DATA} not found")
    sents = (translated(a.translation) if a.translation else load(a.split))[: a.limit or None]
    report(sents, extract(sents, a.lang), a.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
