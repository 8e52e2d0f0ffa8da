"""A name in the genitive or accusative that the parser glued by `flat` to the subject's name after the verb
('kritizoval prezident Volodymyr Zelenskyj Vladimira Putina') is the verb's object (nlp.names, session 20); a name
whose parts the tagger reads in two cases, or a role noun's own name, stays the subject's."""

from __future__ import annotations

import pytest
from events_support import full_triples

from kronika.pipeline import Pipeline
from kronika.settings import Settings

_PIPE: list[Pipeline] = []


def _glued(text: str) -> list[str]:
    """The glued-name repairs the parse step made on a text."""
    if not _PIPE:
        _PIPE.append(Pipeline(Settings.load()))
    doc = _PIPE[0]({"id": "t", "text": text, "lang": "cs", "published": "2024-06-18"})
    return list(doc.meta.get("glued_names", []))


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ve čtvrtek kritizoval ukrajinský prezident Volodymyr Zelenskyj Vladimira Putina.", "cs",
     {("ACCUSE", "UKRGOV", "RUSGOV")}),
    ("Na summitu obvinil americký prezident Joe Biden Vladimira Putina z válečných zločinů.", "cs",
     {("ACCUSE", "USAGOV", "RUSGOV")}),
    ("Podle listu kritizoval polský premiér Mateusz Morawiecki Olafa Scholze.", "cs", {("ACCUSE", "POLGOV", "DEUGOV")}),
    ("On Thursday, Ukrainian President Volodymyr Zelensky criticized Vladimir Putin.", "en",
     {("ACCUSE", "UKRGOV", "RUSGOV")}),
])
def test_object_name_after_subject_name(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text, lang) == expected


@pytest.mark.parametrize("text", [
    "„Zapojil se i vojenský vrtulník,“ uvedla policejní mluvčí Martina Korandová.",
    "„Muzeum otevřeme příští rok,“ řekl ministr Partha Chatterjee.",
    "„Ceny energií musí klesnout,“ říká ekonom Lukáš Kovanda.",
    "Nepoužívejte jméno mé ženy, řekl manžel zavražděné poslankyně Jo Coxové.",
])
def test_subject_name_kept(text: str) -> None:
    assert _glued(text) == []
