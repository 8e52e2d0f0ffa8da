#!/usr/bin/env python3
"""Why are gold events missed? Runs kronika in-process on a gold set and says which stage lost each missed event.

For every required gold event the shared scorer counts as missed (its own score_events, imported by path), the
gold evidence snippets are located in the text, mapped to kronika's sentences, and the loss is classified:
  elsewhere    a system triple that fits the gold exists in the article, but the scorer matched it to another
               gold event (two gold events share the triple);
  wrong_type   an event in the evidence sentence(s) with fitting actors but another PLOVER type;
  wrong_actor  an event of the right type there whose source/target country differs (which side, what codes);
  dropped      a trigger fired there but was dropped (doc.meta["events_dropped"], grouped by reason);
  no_actor     the gold source/target has no resolved mention there (nor a carried subject, nor a quote's
               speaker): an actor gap, with the gold's actor names and kronika's mentions in the sentence;
  no_trigger   both actors found but nothing fired: a lexicon/construction gap, with the verb/noun lemmas;
  unlocated    no evidence snippet is found in the text, nor a sentence holding most of its words.

Usage: bench/miss_diagnosis.py SET [--lang cs|en] [--show] [--json] [--by-type] [--scorer PATH]
  SET: wmt-dev, wmt-dev2 (eval/<set>/gold, texts materialised from the corpus by bench/eval_wmt_dev.py), or a
  directory holding gold/ and texts/ (/work/shared/eval/seed, /work/shared/eval/plover-gsr). The blind sets
  wmt-test and wmt-val give the counts only (the class table, the scores and the drop reasons): --show and --json
  are refused there, so nothing of one article is printed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
BLIND = {"wmt-test", "wmt-val"}
CLASSES = ("elsewhere", "wrong_type", "wrong_actor", "dropped", "no_actor", "no_trigger", "unlocated")
# Lemma classes printed for a no_trigger miss: what the lexicon would have to know.
CONTENT_UPOS = {"VERB", "NOUN"}
UNKNOWN = "?"  # the type of a dropped trigger whose entry is not in the lexicon
PREV_SENTENCES = 2  # how far back a dropped (pro-drop) subject may be carried from
STEM = 5  # keyword evidence is matched on word beginnings (claims ~ claim, weapons ~ weapon)
KEYWORD_SHARE = 0.6  # share of a keyword snippet's words a sentence must hold to be its evidence


def load_module(name: str, path: Path) -> ModuleType:
    """Import a script by path (the shared scorer, bench/eval_wmt_dev.py)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@dataclass
class Miss:
    """One missed required gold event and the stage that lost it."""

    article: str
    lang: str
    gold: dict[str, Any]
    cls: str
    detail: str
    sentence: str = ""
    keys: list[str] = field(default_factory=list)  # drop reasons to group by (with whether the actor was there)

    def triple(self) -> str:
        """The gold triple as the scorer reads it."""
        g = self.gold
        return f"{g.get('type')} {g.get('source')} -> {g.get('target') or '-'}"

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"article": self.article, "lang": self.lang, "triple": self.triple(), "class": self.cls,
                "detail": self.detail, "sentence": self.sentence}


@dataclass
class Where:
    """Kronika's view of the evidence sentences of one gold event."""

    sents: set[int]
    events: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[dict[str, Any]] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)


def locate(text: str, snippet: str) -> tuple[int, int] | None:
    """Character span of an evidence snippet: exact, else case- and whitespace-insensitive."""
    i = text.find(snippet)
    if i >= 0:
        return i, i + len(snippet)
    words = [re.escape(w) for w in snippet.split()]
    if not words:
        return None
    m = re.search(r"\s+".join(words), text, flags=re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def evidence_sentences(doc: Any, gold_event: dict[str, Any]) -> set[int]:
    """Indices of kronika's sentences that overlap any evidence snippet of the gold event."""
    ev = gold_event.get("evidence") or []
    snippets = [ev] if isinstance(ev, str) else list(ev)
    out: set[int] = set()
    for snip in snippets:
        span = locate(doc.text, str(snip))
        if span is None:
            out |= best_sentence(doc, str(snip))
            continue
        out |= {s.i for s in doc.sentences if s.char_start < span[1] and span[0] < s.char_end}
    return out


def _stems(text: str) -> list[str]:
    return [w[:STEM] for w in re.findall(r"\w+", text.lower())]


def best_sentence(doc: Any, snippet: str) -> set[int]:
    """For keyword evidence (plover-gsr: 'claims chemical weapons against'): the sentence holding most of its words."""
    words = set(_stems(snippet))
    if not words:
        return set()
    scored = [(len(words & set(_stems(doc.text[s.char_start:s.char_end]))) / len(words), s.i) for s in doc.sentences]
    best = max(scored, default=(0.0, -1))
    return {best[1]} if best[0] >= KEYWORD_SHARE else set()


def code_of(arg: Any) -> str | None:
    """The code of an event's role filler (dict form) or None."""
    return arg.get("code") if isinstance(arg, dict) else arg


class Diagnoser:
    """Classifies the missed gold events of one article from its kronika Doc."""

    def __init__(self, sc: ModuleType) -> None:
        self.sc = sc

    def types(self, g: dict[str, Any]) -> set[str]:
        """The gold event's accepted PLOVER types."""
        return {x.upper() for x in self.sc.alts(g.get("type"))}

    def fits(self, code: Any, gold_value: Any) -> bool:
        """The scorer's actor test on one side."""
        return bool(self.sc.actor_ok(self.sc.country(code), gold_value))

    def article(self, gold: dict[str, Any], doc: Any) -> list[Miss]:
        """All missed required events of one article, classified."""
        if "events" not in set(gold.get("annotated") or ["events"]):
            return []
        events = [e.to_dict() for e in doc.events]
        _, _, _, _, missed = self.sc.score_events(gold, events)
        triples = self.sc.event_triples(events)
        out = []
        for g in missed:
            cls, detail, where = self.classify(gold, doc, g, events, triples)
            excerpt = " | ".join(_sentence_text(doc, i) for i in sorted(where.sents))
            out.append(Miss(gold["id"], gold.get("lang") or doc.lang, g, cls, detail, excerpt, where.keys))
        return out

    def classify(self, gold: dict[str, Any], doc: Any, g: dict[str, Any], events: list[dict[str, Any]],
                 triples: list[tuple[str, str, str]]) -> tuple[str, str, Where]:
        """(class, detail, kronika's view of the evidence sentences) of one missed gold event."""
        sents = evidence_sentences(doc, g)
        fitting = [t for t in triples if t[0] in self.types(g) and self.sc.actor_ok(t[1], g.get("source"))
                   and self.sc.actor_ok(t[2], g.get("target"))]
        if fitting:
            return "elsewhere", f"system triple {fitting[0]} matched another gold event", Where(sents)
        if not sents:
            return "unlocated", f"evidence not found: {g.get('evidence')!r}"[:160], Where(sents)
        where = Where(sents, [e for e in events if e.get("sentence") in sents],
                      [d for d in doc.meta.get("events_dropped", []) if d.get("sentence") in sents])
        for check in (self._wrong_type, self._wrong_actor, self._dropped, self._no_actor):
            found = check(gold, doc, g, where)
            if found is not None:
                return found[0], found[1], where
        return "no_trigger", self._lemmas(doc, sents, where), where

    def _wrong_type(self, gold: dict[str, Any], doc: Any, g: dict[str, Any], w: Where) -> tuple[str, str] | None:
        for e in w.events:
            if self.fits(code_of(e.get("source")), g.get("source")) and \
                    self.fits(code_of(e.get("target")), g.get("target")):
                return "wrong_type", f"kronika {e['type']} ({e.get('cameo')}) at «{e.get('trigger')}»"
        return None

    def _wrong_actor(self, gold: dict[str, Any], doc: Any, g: dict[str, Any], w: Where) -> tuple[str, str] | None:
        for e in w.events:
            if e["type"] not in self.types(g):
                continue
            parts = []
            for side in ("source", "target"):
                code = code_of(e.get(side))
                if not self.fits(code, g.get(side)):
                    parts.append(f"{side} kronika {code or '-'} «{_arg_text(e.get(side))}» vs gold {g.get(side) or '-'}"
                                 f"{self._gold_words(gold, doc, g, side, w.sents)}")
            return "wrong_actor", f"at «{e.get('trigger')}»: " + "; ".join(parts)
        return None

    def _dropped(self, gold: dict[str, Any], doc: Any, g: dict[str, Any], w: Where) -> tuple[str, str] | None:
        """Dropped triggers there whose entry codes the gold type (or a code of unknown type)."""
        mine = [d for d in w.dropped if entry_type(doc.lang, str(d.get("rule") or "")) in self.types(g) | {UNKNOWN}]
        if not mine:
            return None
        reasons = "; ".join(f"«{d.get('trigger')}» {d.get('rule') or '-'}: {d.get('reason')}" for d in mine)
        w.keys = sorted({str(d.get("reason")) for d in mine})
        sides = [side for side in ("source", "target") if any(side in str(d.get("reason")) for d in mine)]
        for side in sides:  # was the missing role's actor resolved in the sentence at all?
            there = self._has_actor(doc, g.get(side), w.sents, side)
            reasons += f" ({side} {g.get(side)} {'is' if there else 'NOT'} resolved there" + \
                (self._links(doc, g.get(side), w) if there else self._gold_words(gold, doc, g, side, w.sents)) + ")"
            w.keys = [k + (f" [{side} actor {'in' if there else 'NOT in'} the sentence]" if side in k else "")
                      for k in w.keys]
        return "dropped", reasons

    def _no_actor(self, gold: dict[str, Any], doc: Any, g: dict[str, Any], w: Where) -> tuple[str, str] | None:
        missing = [side for side in ("source", "target") if not self._has_actor(doc, g.get(side), w.sents, side)]
        if not missing:
            return None
        return "no_actor", "; ".join(f"{side} {g.get(side)}{self._gold_words(gold, doc, g, side, w.sents)}"
                                     for side in missing)

    def _has_actor(self, doc: Any, gold_value: Any, sents: set[int], side: str) -> bool:
        """A resolved mention (or quote speaker, or a subject carried from earlier) fits the gold actor."""
        if self.sc.actor_ok(self.sc.NONE, gold_value):
            return True  # no actor needed on this side
        if any(self.fits(m.code, gold_value) for m in _mentions_in(doc, sents)):
            return True
        spans = [(doc.sentences[i].char_start, doc.sentences[i].char_end) for i in sents]
        for q in doc.quotes:
            if q.speaker and any(q.span[0] < b and a < q.span[1] for a, b in spans) and \
                    self.fits(q.speaker.code, gold_value):
                return True
        if side == "source" and any(_subjectless(doc, i) for i in sents):
            earlier = {j for i in sents for j in range(max(0, i - PREV_SENTENCES), i)}
            return any(self.fits(m.code, gold_value) for m in _mentions_in(doc, earlier))
        return False

    def _links(self, doc: Any, gold_value: Any, w: Where) -> str:
        """How the fitting mentions hang in the tree (deprel -> head lemma): why the engine did not reach them."""
        out = []
        for m in _mentions_in(doc, w.sents):
            if self.fits(m.code, gold_value):
                t = doc.tokens[m.head]
                out.append(f"{m.text}={m.code} {t.deprel}->{doc.tokens[t.head].lemma}")
        return f": {', '.join(out)}" if out else ""

    def _gold_words(self, gold: dict[str, Any], doc: Any, g: dict[str, Any], side: str, sents: set[int]) -> str:
        """The gold's actor names with this side's country, and what kronika had in the sentence(s)."""
        value = g.get(side)
        names = [a.get("name", "") for a in gold.get("actors", [])
                 if any(self.sc.actor_ok(self.sc.country(c), value) for c in self.sc.alts(a.get("code")))]
        had = [f"{m.text}={m.code or '?'}" + ("" if m.status == "resolved" else f"({m.status})")
               for m in _mentions_in(doc, sents)]
        dropped = [f"{d['text']}={d.get('code')}(dropped: {d.get('reason')})"
                   for d in doc.meta.get("actors_dropped", [])
                   if any(doc.sentences[i].char_start <= d["span"][0] < doc.sentences[i].char_end for i in sents)]
        out = f" [gold names: {', '.join(names[:4]) or '?'}; kronika there: {', '.join(had + dropped) or 'none'}]"
        return out

    def _lemmas(self, doc: Any, sents: set[int], w: Where) -> str:
        """The evidence sentences' verb and noun lemmas (and any events of other types/actors there)."""
        lemmas = [t.lemma for i in sorted(sents) for t in doc.sent_tokens(doc.sentences[i]) if t.upos in CONTENT_UPOS]
        other = [f"{e['type']} {code_of(e.get('source'))}->{code_of(e.get('target'))}" for e in w.events]
        other += [f"dropped «{d.get('trigger')}» ({d.get('reason')})" for d in w.dropped]
        return "lemmas: " + " ".join(lemmas) + (f" [also there: {', '.join(other)}]" if other else "")


@cache
def entry_types(lang: str) -> dict[str, str | None]:
    """PLOVER type of every lexicon entry id of a language (drops name their entry by id)."""
    from kronika.cameo import plover_type
    from kronika.extractors.lexicon import load

    lex = load(lang)
    return {e.id: plover_type(e.cameo) for index in (lex.verbs, lex.nouns) for es in index.values() for e in es}


def entry_type(lang: str, rule: str) -> str | None:
    """The PLOVER type a dropped trigger's entry codes (None for a statement code, UNKNOWN for no entry)."""
    return entry_types(lang).get(rule, UNKNOWN) if rule else UNKNOWN


def _mentions_in(doc: Any, sents: set[int]) -> list[Any]:
    return [m for m in doc.mentions if doc.tokens[m.head].sent in sents]


def _subjectless(doc: Any, i: int) -> bool:
    """The sentence has a finite verb without a nominal subject (a dropped subject may be carried)."""
    toks = doc.sent_tokens(doc.sentences[i])
    heads_with_subj = {t.head for t in toks if t.deprel.startswith("nsubj")}
    return any(t.upos in {"VERB", "AUX"} and t.feats.get("VerbForm") in {"Fin", "Part"} and t.i not in heads_with_subj
               and t.deprel in {"root", "conj", "ccomp", "parataxis"} for t in toks)


def _arg_text(arg: Any) -> str:
    return str(arg.get("text") or arg.get("name") or "") if isinstance(arg, dict) else ""


def _sentence_text(doc: Any, i: int) -> str:
    s = doc.sentences[i]
    return " ".join(doc.text[s.char_start:s.char_end].split())


def gold_dir_for(name: str, tmp: Path, detail: bool = False) -> Path:
    """A directory with gold/ and texts/: an eval/<set> materialised from the corpus, or the path itself; a blind
    set only for counts (no per-article detail)."""
    if detail and (name in BLIND or Path(name).name in BLIND):
        sys.exit(f"{name} is a blind set: counts only (no --show, no --json)")
    own = ROOT / "eval" / name
    if "/" not in name and (own / "texts").is_dir():
        return own  # a set that carries its own texts (plover-gsr-cs)
    if "/" not in name and (own / "gold").is_dir():
        wmt = load_module("eval_wmt_dev", ROOT / "bench" / "eval_wmt_dev.py")
        wmt.materialise(tmp, ROOT / "eval" / name / "gold")
        return tmp
    path = Path(name)
    if not (path / "gold").is_dir():
        sys.exit(f"{name}: neither eval/{name}/gold nor a directory with gold/")
    return path


def diagnose(gold_dir: Path, lang: str | None = None, scorer: Path = SCORER, pipeline: Any = None,
             totals: dict[str, Counter[str]] | None = None) -> list[Miss]:
    """Run kronika on every gold article and classify each missed required event; `totals` (if given) gets the
    scorer's event tp/fp/fn and gold actors found per language."""
    from kronika import Pipeline

    sc = load_module("kronika_score_diag", scorer)
    pipe = pipeline or Pipeline()
    diag = Diagnoser(sc)
    misses: list[Miss] = []
    for gold in sc.load_gold(gold_dir, lang):
        doc = pipe({"id": gold["id"], "text": gold["_text"], "lang": gold.get("lang"),
                    "published": gold.get("published")})
        misses.extend(diag.article(gold, doc))
        if totals is not None:
            _count_scores(sc, gold, doc.to_dict(), totals[gold.get("lang") or doc.lang])
    return misses


def _count_scores(sc: ModuleType, gold: dict[str, Any], out: dict[str, Any], c: Counter[str]) -> None:
    """Add one article's scorer figures (events tp/fp/fn, gold actors found) to a counter."""
    parts = set(gold.get("annotated") or ["events", "quotes", "actors"])
    if "events" in parts:
        tp, fp, fn, fp_list, fn_list = sc.score_events(gold, out["events"])
        c.update({"tp": tp, "fp": fp, "fn": fn})
        for g in gold.get("events", []):
            if g.get("required", True):  # per PLOVER type (the gold's first alternative): found or missed
                c[("fn:" if any(g is x for x in fn_list) else "tp:") + _first_type(g)] += 1
        c.update("fp:" + str(tr[0]) for tr in fp_list)
    if "actors" in parts:
        found, total, _ = sc.score_actors(gold, out["actors"])
        c.update({"actors_found": found, "actors_gold": total})


def _first_type(gold_event: dict[str, Any]) -> str:
    """The gold event's type as annotated first ('ACCUSE|REJECT' -> ACCUSE)."""
    return str(gold_event.get("type") or "?").split("|")[0].strip().upper()


def print_types(totals: dict[str, Counter[str]]) -> None:
    """Event tp / fn / fp and P / R per PLOVER type and language, the types with most gold events first."""
    for lang, c in sorted(totals.items()):
        kinds = {k.split(":", 1)[1] for k in c if ":" in k}
        print(f"{lang:<5} {'type':<10} {'tp':>4} {'fn':>4} {'fp':>4} {'P':>6} {'R':>6}")
        for t in sorted(kinds, key=lambda t: (-(c["tp:" + t] + c["fn:" + t]), t)):
            p, r, _ = _prf(c["tp:" + t], c["fp:" + t], c["fn:" + t])
            print(f"{'':<5} {t:<10} {c['tp:' + t]:>4} {c['fn:' + t]:>4} {c['fp:' + t]:>4} {p:>6.3f} {r:>6.3f}")


def print_scores(totals: dict[str, Counter[str]]) -> None:
    """Event P/R/F1 and gold actors found, per language (the scorer's figures)."""
    for lang, c in sorted(totals.items()):
        p, r, f = _prf(c["tp"], c["fp"], c["fn"])
        print(f"{lang:<5} events P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {c['tp']} fp {c['fp']} fn {c['fn']}); "
              f"actors found {c['actors_found']} of {c['actors_gold']}")


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(misses: list[Miss]) -> dict[str, Counter[str]]:
    """Counts per class per language (and 'all')."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for m in misses:
        table[m.lang][m.cls] += 1
        table["all"][m.cls] += 1
    return table


def print_table(table: dict[str, Counter[str]]) -> None:
    """The class counts, one row per language."""
    print(f"{'lang':<5} " + " ".join(f"{c:>11}" for c in CLASSES) + f" {'missed':>7}")
    for lang in sorted(table, key=lambda x: (x == "all", x)):
        row = table[lang]
        print(f"{lang:<5} " + " ".join(f"{row[c]:>11}" for c in CLASSES) + f" {sum(row.values()):>7}")


def dropped_reasons(misses: list[Miss]) -> Counter[str]:
    """Drop reasons of the 'dropped' misses, without the trigger words (to group them)."""
    return Counter(k for m in misses if m.cls == "dropped" for k in m.keys)


def main() -> int:
    """Diagnose one gold set; print the table (and with --show every miss)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", help="wmt-dev, wmt-dev2, or a directory with gold/ and texts/")
    ap.add_argument("--lang", default=None)
    ap.add_argument("--show", action="store_true", help="one line per miss")
    ap.add_argument("--json", action="store_true", help="JSON lines: one per miss, then the summary")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--by-type", action="store_true", help="also tp/fn/fp per PLOVER type (counts: blind sets too)")
    a = ap.parse_args()
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    with tempfile.TemporaryDirectory() as tmp:  # materialised corpus texts never stay behind
        misses = diagnose(gold_dir_for(a.set, Path(tmp), a.show or a.json), a.lang, a.scorer, totals=totals)
    if a.json:
        for m in misses:
            print(json.dumps(m.to_dict(), ensure_ascii=False))
        print(json.dumps({"summary": {k: dict(v) for k, v in summary(misses).items()},
                          "scores": {k: dict(v) for k, v in totals.items()}}))
        return 0
    if a.show:
        for m in misses:
            print(f"{m.article} | {m.triple()} | {m.cls} | {m.detail} | {m.sentence[:160]}")
        print()
    print_table(summary(misses))
    print()
    print_scores(totals)
    if a.by_type:
        print()
        print_types(totals)
    reasons = dropped_reasons(misses)
    if reasons:
        print("\ndropped, by reason:")
        for r, n in reasons.most_common():
            print(f"  {n:>3}  {r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
