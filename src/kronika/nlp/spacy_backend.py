"""spaCy backend: split sentences by rule, parse each with the language's UD model."""

from __future__ import annotations

import re
import time
from typing import Any

from ..model import Doc, Sentence, Token
from .segment import split_sentences

_WS = re.compile(r"\S+")
BATCH = 64  # sentences per nlp.pipe batch; the time budget is checked between sentences


class SpacyBackend:
    """Holds one loaded spaCy model per language; models load on first use."""

    def __init__(self, models: dict[str, str], max_sentence_tokens: int, max_sentence_chars: int = 2000,
                 max_seconds: float = 0.0) -> None:
        self.model_names = models
        self.max_words = max_sentence_tokens
        self.max_chars = max(1, max_sentence_chars)
        self.max_seconds = max_seconds
        self._nlp: dict[str, Any] = {}

    def nlp(self, lang: str) -> Any:
        """The loaded spaCy pipeline for a language (loaded once)."""
        if lang not in self._nlp:
            import spacy

            name = self.model_names.get(lang)
            if not name:
                raise ValueError(f"no spaCy model configured for language '{lang}'")
            self._nlp[lang] = spacy.load(name, exclude=["ner"])
        return self._nlp[lang]

    def parse(self, doc: Doc) -> Doc:
        """Fill doc.tokens and doc.sentences from the article text (rejected when over the time budget)."""
        t0 = time.monotonic()
        text = doc.text
        spans = [c for s in split_sentences(text, doc.lang) for c in self._chunks(text, s)]
        nlp = self.nlp(doc.lang)
        for sdoc, (a, _b) in zip(nlp.pipe((text[a:b] for a, b in spans), batch_size=BATCH),
                                 spans, strict=True):
            add_spacy_sentence(doc, sdoc, a)
            if self.max_seconds and time.monotonic() - t0 > self.max_seconds:
                doc.status = "rejected"
                doc.reason = (f"parse over the time budget: {self.max_seconds:g} s after "
                              f"{len(doc.sentences)} of {len(spans)} sentences")
                break
        return doc

    def _chunks(self, text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
        """Cut an over-long sentence into pieces of at most max_words words and max_chars characters."""
        a, b = span
        if b - a <= self.max_chars and b - a < 2 * self.max_words:  # too short to hold max_words words
            return [span]
        out: list[tuple[int, int]] = []
        start, last, n = -1, -1, 0
        for w in _WS.finditer(text, a, b):
            huge = w.end() - w.start() > self.max_chars
            if start >= 0 and (huge or n >= self.max_words or w.end() - start > self.max_chars):
                out.append((start, last))
                start, n = -1, 0
            if huge:  # one enormous "word" (a run of punctuation, base64 ...): fixed-size pieces
                out.extend((k, min(k + self.max_chars, w.end())) for k in range(w.start(), w.end(), self.max_chars))
                continue
            if start < 0:
                start = w.start()
            last, n = w.end(), n + 1
        if start >= 0:
            out.append((start, last))
        return out


# Read per token in one call (Doc.to_array) instead of through spaCy's per-token Python properties.
_ATTRS = ("LEMMA", "POS", "MORPH", "HEAD", "DEP", "IDX", "LENGTH", "SPACY")
_WRAP = 1 << 64  # to_array gives HEAD as a uint64 offset: negative offsets wrap around


def add_spacy_sentence(doc: Doc, sdoc: Any, offset: int) -> None:
    """Append one parsed spaCy sentence (or several, if spaCy split it) to the Doc."""
    base, text, strings = len(doc.tokens), doc.text, sdoc.vocab.strings
    rows = sdoc.to_array(list(_ATTRS)).tolist()
    names, append = _NAMES, doc.tokens.append
    for sent in _sents(sdoc):
        s_idx = len(doc.sentences)
        for i in range(sent.start, sent.end):
            lemma, pos, morph, head, dep, idx, length, space = rows[i]
            start = offset + idx
            form = text[start:start + length]  # spaCy keeps doc.text == the chunk, so this is t.text
            if head >= 1 << 63:
                head -= _WRAP
            feats = _FEATS.get(morph)
            append(Token(  # positional, in field order (i, text, lemma, upos, feats, head, deprel, start, end, ...)
                base + i, form, (names.get(lemma) or _name(strings, lemma)) or form,
                (names.get(pos) or _name(strings, pos)) or "X",
                dict(feats) if feats is not None else _feats(sdoc[i].morph),
                base + i + head, _deprel(names.get(dep) or _name(strings, dep)),
                start, start + length, s_idx, bool(space)))
        doc.sentences.append(Sentence(s_idx, base + sent.start, base + sent.end, offset + sent.start_char,
                                      offset + sent.end_char))


_NAMES: dict[int, str] = {}
_FEATS: dict[int, dict[str, str]] = {}
_CAP = 200_000  # bounded caches: keys are string-store hashes, which grow with the vocabulary


def _name(strings: Any, key: int) -> str:
    """The string of a string-store hash or symbol id, remembered (empty for 0, e.g. no lemma)."""
    value = str(strings[key]) if key else ""
    if len(_NAMES) < _CAP:
        _NAMES[key] = value
    return value


def _feats(morph: Any) -> dict[str, str]:
    """UD features of a spaCy MorphAnalysis, parsed once per distinct analysis (a fresh copy per token)."""
    known = _FEATS.get(morph.key)
    if known is None:
        known = dict(morph.to_dict())
        if len(_FEATS) < _CAP:  # bounded: the key is a hash of the FEATS string
            _FEATS[morph.key] = known
    return dict(known)


def _sents(sdoc: Any) -> list[Any]:
    """One sentence per rule-split chunk: we trust our splitter over the parser's."""
    return [sdoc[:]]


def _deprel(dep: str) -> str:
    """UD relation name: spaCy's ROOT label is UD's 'root'."""
    return "root" if dep == "ROOT" else dep
