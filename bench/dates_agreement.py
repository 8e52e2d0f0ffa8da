"""Cross-lingual agreement of resolved dates on wmt-news article pairs (Czech original + English translation
or the reverse): the dates of one side found on the other, as a proxy for precision and recall without gold.

Each pair is given the same fictitious publication date, so relative expressions resolve alike.
Run: .venv/bin/python bench/dates_agreement.py [--pairs 100] [--show 20]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from typing import Any

from corpus import load
from kronika import Pipeline

PUBLISHED = "2020-03-11"  # a Wednesday


def pairs(n: int) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The first n complete (cs, en) pairs in id order."""
    by_pair: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for a in load():
        by_pair[a["pair"]][a["lang"]] = a
    full = [(p["cs"], p["en"]) for _, p in sorted(by_pair.items()) if {"cs", "en"} <= set(p)]
    return full[:n]


def values(pipe: Pipeline, art: dict[str, Any]) -> Counter[tuple[str, str]]:
    """(value, granularity) of every resolved time expression of an article."""
    doc = pipe({**art, "published": PUBLISHED})
    return Counter((t.value, t.granularity) for t in doc.timexes if t.value)


def main() -> None:
    """Print agreement overall and by granularity, then the most frequent one-sided values."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=100)
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    pipe = Pipeline(components=("parse", "dates"))
    both: Counter[str] = Counter()
    only: dict[str, Counter[str]] = {"cs": Counter(), "en": Counter()}
    one_sided: Counter[tuple[str, str, str]] = Counter()
    chosen = pairs(args.pairs)
    for cs, en in chosen:
        vc, ve = values(pipe, cs), values(pipe, en)
        for (_value, gran), n in (vc & ve).items():
            both[gran] += n
        for lang, diff in (("cs", vc - ve), ("en", ve - vc)):
            for (value, gran), n in diff.items():
                only[lang][gran] += n
                one_sided[(lang, gran, value)] += n
    print(f"pairs {len(chosen)}, published {PUBLISHED}")
    print(f"{'granularity':<12}{'both':>6}{'cs only':>9}{'en only':>9}{'agreement':>11}")
    for gran in [*sorted(set(both) | set(only["cs"]) | set(only["en"])), "ALL"]:
        b = sum(both.values()) if gran == "ALL" else both[gran]
        c = sum(only["cs"].values()) if gran == "ALL" else only["cs"][gran]
        e = sum(only["en"].values()) if gran == "ALL" else only["en"][gran]
        print(f"{gran:<12}{b:>6}{c:>9}{e:>9}{b / (b + c + e) if b + c + e else 0:>11.2f}")
    print(f"\nmost frequent one-sided values (top {args.show}):")
    for (lang, gran, value), n in one_sided.most_common(args.show):
        print(f"  {n:>3}x  {lang} only  {gran:<6} {value}")


if __name__ == "__main__":
    main()
