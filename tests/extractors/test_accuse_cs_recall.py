"""Czech accusation recall (session 20): colloquial verbs of criticism ('opřel se do Bruselu', 'vyjel si na opozici',
'zpražil', 'setřel'), as en 'lashed out at', 'tore into', 'scolded'; a physical sense or a thing as the object codes
nothing."""

from __future__ import annotations

import pytest
from events_support import full_triples


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Polský premiér se ostře opřel do Evropské komise kvůli emisním povolenkám.", "cs",
     {("ACCUSE", "POLGOV", "IGOEUREEC")}),
    ("Polský premiér se pustil do Evropské komise.", "cs", {("ACCUSE", "POLGOV", "IGOEUREEC")}),
    ("Maďarský premiér si vyjel na Evropskou komisi.", "cs", {("ACCUSE", "HUNGOV", "IGOEUREEC")}),
    ("Americký ministr zahraničí zpražil Čínu za její postup v Hongkongu.", "cs", {("ACCUSE", "USAGOV", "CHN")}),
    ("The Polish prime minister lashed out at the European Commission over emission permits.", "en",
     {("ACCUSE", "POLGOV", "IGOEUREEC")}),
    ("The Polish prime minister tore into the European Commission.", "en", {("ACCUSE", "POLGOV", "IGOEUREEC")}),
    ("The US Secretary of State scolded China over its conduct in Hong Kong.", "en", {("ACCUSE", "USAGOV", "CHN")}),
])
def test_colloquial_criticism(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text, lang) == expected


@pytest.mark.parametrize("text", [
    "Hasiči se opřeli do dveří.",
    "Dělníci se pustili do práce na novém mostě.",
    "Řidič si vyjel na výlet do Německa.",
])
def test_colloquial_criticism_needs_an_actor(text: str) -> None:
    assert not {t for t in full_triples(text) if t[0] == "ACCUSE"}
