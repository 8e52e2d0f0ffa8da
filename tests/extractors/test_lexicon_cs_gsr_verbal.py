"""Czech coding of verbal conflict (plover-gsr-cs, session 14, gsr4): investigations of extremists' crimes accuse the
extremists ('extremista' is an armed-group role noun, en 'extremist'); a negated future promise of aid or cooperation
is a refusal that stands without a target ('nepřijme uprchlíky', en 'will not accept refugees': REJECT X -> -)."""

from __future__ import annotations

import pytest

from kronika import Pipeline, Settings
from kronika.model import Event

_FULL: list[Pipeline] = []


def full(text: str) -> set[tuple[str, str, str]]:
    """(type, source, target) from the whole pipeline: real actor resolution of adjectives ('srbský')."""
    if not _FULL:
        _FULL.append(Pipeline(Settings.load()))
    evs: list[Event] = _FULL[0]({"id": "t", "text": text, "lang": "cs", "published": "2024-06-18"}).events
    return {(e.type, e.source.code if e.source and e.source.code else "-",
             e.target.code if e.target and e.target.code else "-") for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    ("Maďarská policie prošetřuje násilí srbských extremistů.", {("ACCUSE", "HUNCOP", "SRBREB")}),
    ("Bosna vyšetřuje zločiny chorvatských extremistů.", {("ACCUSE", "BIH", "HRVREB")}),
    ("Polsko oznámilo, že nepřijme žádné další uprchlíky.", {("REJECT", "POL", "-")}),
    ("Maďarsko nebude s Ukrajinou spolupracovat.", {("REJECT", "HUN", "UKR")}),
    ("Maďarsko prohlásilo, že nebude spolupracovat.", {("REJECT", "HUN", "-")}),
])
def test_lexicon_cs_gsr_verbal(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full(text) == expected
