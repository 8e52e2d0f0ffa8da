"""Judgements by naming (extractors/namings.py): 'described the council's decision as a disgrace' is the subject's
disapproval of the council; 'called the union's claims complete nonsense' rejects the union's claims."""

from __future__ import annotations

import pytest

from kronika import Pipeline
from kronika.model import Doc

BRITAIN = "The case has shocked Britain. Britain has seen several such cases this year. "


def triples(doc: Doc) -> set[tuple[str, str, str, str]]:
    """(type, cameo, source code, target code) of a doc's events."""
    return {(e.type, e.cameo, e.source.code if e.source and e.source.code else "-",
             e.target.code if e.target and e.target.code else "-") for e in doc.events}


def run(pipeline: Pipeline, text: str) -> Doc:
    """Extract an English text set in Britain."""
    return pipeline({"text": BRITAIN + text, "lang": "en", "published": "2021-06-18"})


@pytest.mark.parametrize(("text", "expected"), [
    ("The MP described the council's decision as a disgrace.", ("ACCUSE", "111", "GBRLEG", "GBRGOV")),
    ("The union branded the company's offer a disgrace.", ("ACCUSE", "111", "GBRLAB", "GBRBUS")),
    ("The Prime Minister has called the union's claims complete nonsense.", ("REJECT", "120", "GBRGOV", "GBRLAB")),
])
def test_namings_en_judgement_label_is_an_event(pipeline: Pipeline, text: str,
                                               expected: tuple[str, str, str, str]) -> None:
    assert expected in triples(run(pipeline, text))


@pytest.mark.parametrize("text", [
    "The council called the plan a great success.",
    "The MP did not describe the council's decision as a disgrace.",
])
def test_namings_en_praise_or_negated_label_is_none(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in triples(run(pipeline, text)) if t[0] in {"ACCUSE", "REJECT"}]
