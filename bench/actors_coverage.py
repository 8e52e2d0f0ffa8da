"""Actor coverage on 50 wmt-news articles: how many state and person mentions resolve, and what does not.

Candidates are the named entities the spaCy model's own NER finds in the same sentences (GPE and, for
English, NORP demonyms as state candidates; PERSON as person candidates); each is compared with
doc.mentions. GPE also covers cities and regions, which are not actors unless used for their state, so
the "NER states covered" rate is a lower bound; the lists group misses by lemma.
Mentions of unknown places may carry another kind than GPE (the actors step decides), so the
"NER states covered" column is the one to read for state coverage.
Run: .venv/bin/python bench/actors_coverage.py [--per-lang 25] [--show 25]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import spacy

from corpus import select
from kronika import Pipeline
from kronika.model import Doc, Mention
from kronika.nlp.segment import split_sentences

NER_KIND = {"GPE": "state", "NORP": "state", "PERSON": "person"}
MENTION_KIND = {"GPE": "state", "PER": "person"}


@dataclass
class Tally:
    """Counts for one language."""

    articles: int = 0
    mentions: Counter[str] = field(default_factory=Counter)  # "state", "state:resolved", ...
    kinds: Counter[str] = field(default_factory=Counter)  # every Mention.kind, total and ":resolved"
    candidates: Counter[str] = field(default_factory=Counter)  # "person", "person:covered", ...
    missed: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (kind, text, why)
    unresolved: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (kind, text, reason)
    forms: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # lemma key -> forms


def resolved(m: Mention) -> bool:
    """A mention counts as resolved when it has a code and no other status."""
    return bool(m.code) and getattr(m, "status", "resolved") == "resolved"


def ner_candidates(nlp: Any, text: str, lang: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, text) of state and person entities the model's NER finds, sentence by sentence."""
    spans = split_sentences(text, lang)
    out = []
    for sdoc, (a, _b) in zip(nlp.pipe(text[a:b] for a, b in spans), spans, strict=True):
        for ent in sdoc.ents:
            if ent.label_ in NER_KIND:
                out.append((a + ent.start_char, a + ent.end_char, NER_KIND[ent.label_], ent.text))
    return out


def lemma_key(doc: Doc, a: int, b: int) -> str:
    """The lemmas of the tokens under a span, so that inflected forms of one name count together."""
    return " ".join(t.lemma for t in doc.tokens if t.start < b and t.end > a)


def count_doc(doc: Doc, cands: list[tuple[int, int, str, str]], tally: Tally) -> None:
    """Add one article's mentions and candidates to the language tally."""
    tally.articles += 1
    for m in doc.mentions:
        tally.kinds[m.kind] += 1
        tally.kinds[m.kind + ":resolved"] += resolved(m)
        kind = MENTION_KIND.get(m.kind)
        if kind is None:
            continue
        tally.mentions[kind] += 1
        if resolved(m):
            tally.mentions[kind + ":resolved"] += 1
        else:
            tally.unresolved[(kind, m.text, getattr(m, "reason", "") or "no code")] += 1
    for a, b, kind, text in cands:
        tally.candidates[kind] += 1
        over = [m for m in doc.mentions if m.span[0] < b and m.span[1] > a]
        if any(resolved(m) for m in over):
            tally.candidates[kind + ":covered"] += 1
        else:
            why = "mention unresolved" if over else "no mention"
            tally.missed[(kind, lemma_key(doc, a, b) or " ".join(text.split()), why)] += 1
            tally.forms[lemma_key(doc, a, b)].add(" ".join(text.split()))


def rate(num: int, den: int) -> str:
    """'num/den (pct%)'."""
    return f"{num}/{den} ({100 * num / den:.0f}%)" if den else f"{num}/0 (-)"


def report(tallies: dict[str, Tally], show: int) -> None:
    """Print the coverage table and the lists of what did not resolve."""
    print(f"{'lang':<5}{'articles':>9}  {'state mentions resolved':>24}  {'person mentions resolved':>25}  "
          f"{'NER states covered':>20}  {'NER persons covered':>20}")
    for lang, t in tallies.items():
        print(f"{lang:<5}{t.articles:>9}  {rate(t.mentions['state:resolved'], t.mentions['state']):>24}  "
              f"{rate(t.mentions['person:resolved'], t.mentions['person']):>25}  "
              f"{rate(t.candidates['state:covered'], t.candidates['state']):>20}  "
              f"{rate(t.candidates['person:covered'], t.candidates['person']):>20}")
    for lang, t in tallies.items():
        kinds = sorted(k for k in t.kinds if ":" not in k)
        print(f"{lang}: all mentions by kind, resolved/total: "
              + ", ".join(f"{k} {t.kinds[k + ':resolved']}/{t.kinds[k]}" for k in kinds))
    for lang, t in tallies.items():
        for kind in ("state", "person"):
            missed = [(k, n) for k, n in t.missed.most_common() if k[0] == kind]
            print(f"\n[{lang}] {kind} entities (spaCy NER) not covered by a resolved mention: "
                  f"{sum(n for _, n in missed)} occurrences, {len(missed)} distinct; top {show}:")
            for (_, key, why), n in missed[:show]:
                forms = ", ".join(sorted(t.forms.get(key, set()) - {key}))
                print(f"  {n:>3}x  {key}" + (f" [{forms}]" if forms else "") + f"  ({why})")
        if t.unresolved:
            print(f"\n[{lang}] mentions the actors step left unresolved (top {show}):")
            for (kind, text, reason), n in t.unresolved.most_common(show):
                print(f"  {n:>3}x  {kind:<6} {text}  ({reason})")


def main() -> None:
    """Run the pipeline (parse + actors) over the fixed selection and print coverage."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-lang", type=int, default=25, help="articles per language (original-language texts)")
    ap.add_argument("--show", type=int, default=25, help="how many misses to list per language and kind")
    args = ap.parse_args()
    pipe = Pipeline(components=("parse", "actors"))
    ner = {lang: spacy.load(name) for lang, name in pipe.settings.models.items() if lang in ("cs", "en")}
    tallies: dict[str, Tally] = defaultdict(Tally)
    for art in select(args.per_lang, originals_only=True):
        doc = pipe(art)
        if doc.status != "ok":
            print(f"! {art['id']}: {doc.reason}")
            continue
        count_doc(doc, ner_candidates(ner[art["lang"]], art["text"], art["lang"]), tallies[art["lang"]])
    report(dict(tallies), args.show)


if __name__ == "__main__":
    main()
