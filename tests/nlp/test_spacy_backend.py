"""The spaCy backend's Tokens, read in bulk (Doc.to_array), say what spaCy's per-token properties say."""

from __future__ import annotations

from typing import Any

import pytest

from kronika import Pipeline
from kronika.model import Article, Doc

TEXTS = {
    "cs": "Ruský prezident Vladimir Putin přiletěl ve středu do Pchjongjangu. „Jsme připraveni,“ řekl "
          "novinářům a dodal, že Moskva nepodpoří sankce OSN.\n\nMinistryně Jana Černá (ANO) to v pondělí odmítla.",
    "en": "Russian President Vladimir Putin arrived in Pyongyang on Wednesday. \"We are ready,\" he told "
          "reporters, adding that Moscow wouldn't back U.N. sanctions.\n\nThe ministry's spokeswoman declined.",
}


def expected(nlp: Any, text: str, doc: Doc) -> list[tuple[object, ...]]:
    """What spaCy's own token properties give for the same sentence chunks, as Token fields."""
    out: list[tuple[object, ...]] = []
    for s in doc.sentences:
        base = len(out)
        for t in nlp(text[s.char_start:s.char_end]):
            out.append((base + t.i, t.text, t.lemma_ or t.text, t.pos_ or "X", t.morph.to_dict(), base + t.head.i,
                        "root" if t.dep_ == "ROOT" else t.dep_, s.char_start + t.idx,
                        s.char_start + t.idx + len(t.text), s.i, bool(t.whitespace_)))
    return out


@pytest.mark.parametrize("lang", ["cs", "en"])
def test_spacy_backend_tokens_match_spacy_properties(pipeline: Pipeline, lang: str) -> None:
    parse: Any = dict(pipeline.components)["parse"]
    text = TEXTS[lang]
    doc = parse(Doc(article=Article(id="t", text=text, lang=lang), lang=lang))
    got = [(t.i, t.text, t.lemma, t.upos, t.feats, t.head, t.deprel, t.start, t.end, t.sent, t.ws)
           for t in doc.tokens]
    assert got == expected(parse.spacy.nlp(lang), text, doc)
    assert all(text[t.start:t.end] == t.text for t in doc.tokens)
    assert [t.deprel for t in doc.tokens].count("root") >= len(doc.sentences)


def test_spacy_backend_feats_are_private_copies(pipeline: Pipeline) -> None:
    doc = pipeline("Prezident přiletěl. Prezident odletěl.", lang="cs")
    first, second = doc.tokens[0], doc.tokens[3]
    assert first.text == second.text == "Prezident" and first.feats == second.feats
    first.feats["Case"] = "Gen"
    assert second.feats.get("Case") != "Gen"
