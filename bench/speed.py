"""Throughput of the full pipeline against the bare spaCy parse of the same sentences, with time shares.

One run, one table: articles/s and words/s for the bare spaCy parse (same rule sentence splitting,
nlp.pipe per article, interleaved article by article, alternating which goes first) and for the
full `Pipeline`; seconds and share per component; the actors step's overhead as % of the bare parse
time; peak memory (ru_maxrss).
Run: .venv/bin/python bench/speed.py [-n 200] [--quick]
"""

from __future__ import annotations

import argparse
import resource
import time
from typing import Any

from corpus import select, words
from kronika import Pipeline
from kronika.model import Doc
from kronika.nlp.segment import split_sentences


class Timed:
    """Wraps a pipeline component and accumulates its wall time."""

    def __init__(self, comp: Any) -> None:
        self.comp = comp
        self.seconds = 0.0

    def __call__(self, doc: Doc) -> Doc:
        """Run the wrapped component, timing it."""
        t0 = time.perf_counter()
        try:
            out: Doc = self.comp(doc)
            return out
        finally:
            self.seconds += time.perf_counter() - t0


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_parse(backend: Any, art: dict[str, Any]) -> float:
    """Seconds for the spaCy model alone over the same sentence chunks the pipeline parses."""
    text, lang = art["text"], art["lang"]
    t0 = time.perf_counter()
    spans = [c for s in split_sentences(text, lang) for c in backend._chunks(text, s)]
    for _ in backend.nlp(lang).pipe(text[x:y] for x, y in spans):
        pass
    return time.perf_counter() - t0


def interleaved(pipe: Pipeline, arts: list[dict[str, Any]]) -> tuple[float, float, dict[str, float], int]:
    """Bare parse and full pipeline on each article in turn, order alternating (same warm state and load).

    Returns bare seconds, full seconds, seconds per component, and how many docs were rejected.
    """
    parse: Any = dict(pipe.components)["parse"]
    timed = [(name, Timed(comp)) for name, comp in pipe.components]
    pipe.components = list(timed)
    bare = full = 0.0
    rejected = 0
    for k, art in enumerate(arts):
        parse.spacy.nlp(art["lang"]).make_doc(art["text"])  # vocabulary entries exist before either run
        if k % 2:
            bare += bare_parse(parse.spacy, art)
        t0 = time.perf_counter()
        rejected += pipe(art).status != "ok"
        full += time.perf_counter() - t0
        if not k % 2:
            bare += bare_parse(parse.spacy, art)
    return bare, full, {name: t.seconds for name, t in timed}, rejected


def table(n: int, n_words: int, bare: float, full: float, comps: dict[str, float], rejected: int,
          mem_loaded: float) -> None:
    """Print the one results table."""
    line = "-" * 66
    print(line)
    print(f"{'run':<28}{'seconds':>9}{'articles/s':>13}{'words/s':>12}{'share':>8}")
    print(line)
    print(f"{'bare spaCy parse':<28}{bare:>9.2f}{n / bare:>13.2f}{n_words / bare:>12.0f}{'':>8}")
    print(f"{'full Pipeline':<28}{full:>9.2f}{n / full:>13.2f}{n_words / full:>12.0f}{'100%':>8}")
    for name, sec in comps.items():
        print(f"{'  component ' + name:<28}{sec:>9.2f}{'':>13}{'':>12}{100 * sec / full:>7.1f}%")
    other = full - sum(comps.values())
    print(f"{'  (pipeline bookkeeping)':<28}{other:>9.2f}{'':>13}{'':>12}{100 * other / full:>7.1f}%")
    print(line)
    parse = comps.get("parse", 0.0)
    actors = comps.get("actors", 0.0)
    print(f"articles {n} ({rejected} rejected), words {n_words}")
    print(f"parse component vs bare spaCy: {100 * (parse - bare) / bare:+.1f}% (splitting + conversion to Doc)")
    print(f"actors overhead: {100 * actors / bare:.1f}% of bare parse time ({100 * actors / parse:.1f}% of parse step)"
          if bare and parse else "actors overhead: n/a")
    print(f"peak memory (ru_maxrss): {mem_loaded:.0f} MB after model load, {peak_mb():.0f} MB at end")
    print(line)


def main() -> None:
    """Load once, warm up, time bare parse then the full pipeline over the same articles."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="articles in total, half per language")
    ap.add_argument("--quick", action="store_true", help="20 articles: a smoke run")
    args = ap.parse_args()
    n = 20 if args.quick else args.n
    arts = select(max(1, n // 2))
    pipe = Pipeline()
    for a in select(3)[::-1]:  # load both models and every lexicon, and warm them, before timing
        pipe(a)
    mem_loaded = peak_mb()
    bare, full, comps, rejected = interleaved(pipe, arts)
    table(len(arts), sum(words(a["text"]) for a in arts), bare, full, comps, rejected, mem_loaded)


if __name__ == "__main__":
    main()
