"""Czech material conflict with free word order (plover-gsr-cs, session 14 round 2): an object-first clause whose
subject has a participle in apposition ('přepadli milicionáři ozbrojení mačetami': the participle is no object);
a feminine plural object ('stovky', Nom = Acc) is no swapped subject; actor nouns 'milicionář', 'bezpečnostní
složky' (COP) and the inhabitants 'Libérijec'."""

from __future__ import annotations

import pytest

from kronika import Pipeline, Settings
from kronika.model import Event

_FULL: list[Pipeline] = []


def full(text: str) -> set[tuple[str, str, str]]:
    """(type, source, target) from the whole pipeline."""
    if not _FULL:
        _FULL.append(Pipeline(Settings.load()))
    evs: list[Event] = _FULL[0]({"id": "t", "text": text, "lang": "cs", "published": "2024-06-18"}).events
    return {(e.type, e.source.code if e.source and e.source.code else "-",
             e.target.code if e.target and e.target.code else "-") for e in evs}


@pytest.mark.parametrize(("text", "expected"), [
    ("Kontrolní stanoviště ukrajinské armády přepadli ruští milicionáři ozbrojení samopaly.",
     {("ASSAULT", "RUSREB", "UKRMIL")}),
    ("Konvoj pro syrské uprchlíky přepadli turečtí vojáci vyzbrojení granáty.", {("ASSAULT", "TURMIL", "SYRREF")}),
    ("Bezpečnostní složky v Íránu zbily desítky studentů.", {("ASSAULT", "IRNCOP", "IRNEDU")}),
    ("Ghanské úřady zatkly stovky Libérijců.", {("COERCE", "GHAGOV", "LBR")}),
    ("Dva policisty zastřelili afghánští partyzáni.", {("ASSAULT", "AFGREB", "AFGCOP")}),
])
def test_lexicon_cs_gsr5_conflict(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full(text) == expected
