"""spaCy backend: split sentences by rule, parse each with the language's UD model."""

from __future__ import annotations

import re
from typing import Any

from ..model import Doc, Sentence, Token
from .segment import split_sentences

_WS = re.compile(r"\S+")


class SpacyBackend:
    """Holds one loaded spaCy model per language; models load on first use."""

    def __init__(self, models: dict[str, str], max_sentence_tokens: int) -> None:
        self.model_names = models
        self.max_words = max_sentence_tokens
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
        """Fill doc.tokens and doc.sentences from the article text."""
        text = doc.text
        spans = [c for s in split_sentences(text, doc.lang) for c in self._chunks(text, s)]
        nlp = self.nlp(doc.lang)
        for sdoc, (a, _b) in zip(nlp.pipe(text[a:b] for a, b in spans), spans, strict=True):
            add_spacy_sentence(doc, sdoc, a)
        return doc

    def _chunks(self, text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
        """Cut an over-long sentence into pieces of at most max_words words."""
        a, b = span
        words = list(_WS.finditer(text, a, b))
        if len(words) <= self.max_words:
            return [span]
        out = []
        for k in range(0, len(words), self.max_words):
            piece = words[k:k + self.max_words]
            out.append((piece[0].start(), piece[-1].end()))
        return out


def add_spacy_sentence(doc: Doc, sdoc: Any, offset: int) -> None:
    """Append one parsed spaCy sentence (or several, if spaCy split it) to the Doc."""
    base = len(doc.tokens)
    for sent in _sents(sdoc):
        s_idx = len(doc.sentences)
        first = base + sent.start
        for t in sent:
            head = base + t.head.i
            doc.tokens.append(Token(
                i=base + t.i, text=t.text, lemma=t.lemma_ or t.text, upos=t.pos_ or "X",
                feats=dict(t.morph.to_dict()), head=head, deprel=_deprel(t),
                start=offset + t.idx, end=offset + t.idx + len(t.text), sent=s_idx,
                ws=bool(t.whitespace_)))
        doc.sentences.append(Sentence(s_idx, first, base + sent.end, offset + sent.start_char,
                                      offset + sent.end_char))


def _sents(sdoc: Any) -> list[Any]:
    """One sentence per rule-split chunk: we trust our splitter over the parser's."""
    return [sdoc[:]]


def _deprel(t: Any) -> str:
    dep = str(t.dep_)
    return "root" if dep == "ROOT" else dep
