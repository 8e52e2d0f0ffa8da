"""Language detection among configured languages, from stopword and letter profiles (data)."""

from __future__ import annotations

import re
from functools import cache

from ..langpack import has_file, load_json

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _profile(lang: str) -> tuple[frozenset[str], str]:
    d = load_json(lang, "detect.json")
    return frozenset(d["stopwords"]), d.get("letters", "")


def detect(text: str, languages: tuple[str, ...], default: str) -> tuple[str, float]:
    """Best language among `languages` and its share of the evidence (0..1)."""
    sample = text[:5000].lower()
    words = _WORD.findall(sample)
    if not words:
        return default, 0.0
    scores: dict[str, float] = {}
    for lang in languages:
        if not has_file(lang, "detect.json"):
            continue
        stop, letters = _profile(lang)
        score = sum(1.0 for w in words if w in stop)
        score += 2.0 * sum(sample.count(ch) for ch in letters)
        scores[lang] = score
    total = sum(scores.values())
    if not total:
        return default, 0.0
    best = max(scores, key=lambda k: scores[k])
    return best, scores[best] / total
