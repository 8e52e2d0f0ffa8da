"""Czech material conflict with free word order (plover-gsr-cs, session 14 round 2): an object-first clause whose
subject has a participle in apposition ('přepadli milicionáři ozbrojení mačetami': the participle is no object);
a feminine plural object ('stovky', Nom = Acc) is no swapped subject; actor nouns 'milicionář', 'bezpečnostní
složky' (COP) and the inhabitants 'Libérijec'."""

from __future__ import annotations

import pytest
from events_support import full_triples


def full(text: str) -> set[tuple[str, str, str]]:
    """(type, source, target) from the whole pipeline (events_support.full_triples)."""
    return full_triples(text)


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
