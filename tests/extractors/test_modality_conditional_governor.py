"""A noun trigger that is a core argument of a verb in a hypothetical conditional is only imagined by the speaker
('Koaliční spolupráci by se nedivil', 'nepřekvapil by mě útok'): no event of any type (no threat either); the same
noun under a plain verb keeps its act."""

from __future__ import annotations

import pytest

from kronika import Pipeline

# (text, lang, PLOVER types of the noun trigger, kept)
CASES = [
    ("Koaliční spolupráci ODS a STAN bych se vůbec nedivil.", "cs", {"COOPERATE"}, False),
    ("Nepřekvapil by mě útok Ruska na Ukrajinu.", "cs", {"ASSAULT", "THREATEN"}, False),
    ("Rusko zahájilo útok na Ukrajinu.", "cs", {"ASSAULT"}, True),
    ("Talks between Russia and Ukraine would not surprise anyone.", "en", {"CONSULT", "AGREE"}, False),
    ("Russia held talks with Ukraine.", "en", {"CONSULT"}, True),
]


@pytest.mark.parametrize(("text", "lang", "kinds", "kept"), CASES, ids=[c[0][:30] for c in CASES])
def test_conditional_governor_makes_noun_imagined(pipeline: Pipeline, text: str, lang: str, kinds: set[str],
                                                  kept: bool) -> None:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2020-01-10"})
    evs = [e for e in doc.events if e.type in kinds]
    assert bool(evs) is kept, [(e.type, e.rule) for e in doc.events]
