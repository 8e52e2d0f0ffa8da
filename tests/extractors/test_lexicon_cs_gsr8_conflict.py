"""Czech material conflict of political news (plover-gsr-cs, session 15, gsr8): expelling people is deportation
(COERCE 174, as en 'expel'), expelling diplomats, inspectors or observers reduces relations (SANCTION 166);
calling off a strike is a concession (CONCEDE 082)."""

from __future__ import annotations

import pytest
from events_support import full_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Maďarské úřady vyhostily desítky Afghánců.", {("COERCE", "HUNGOV", "AFG")}),
    ("Britská vláda vyhostila íránské novináře.", {("COERCE", "GBRGOV", "IRNMED")}),
    ("Rakousko vyhostilo tři ruské diplomaty.", {("SANCTION", "AUT", "RUSGOV")}),
    ("Irák vyhostil inspektory OSN.", {("SANCTION", "IRQ", "IGOUNO")}),
])
def test_lexicon_cs_gsr8_expulsion(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text) == expected


# calling off a strike or a protest yields (CONCEDE 082) to its target, with none named to the protesters' own
# government (events._protest_ended), and is no protest of its own
@pytest.mark.parametrize(("text", "expected"), [
    ("Polské odbory odvolaly stávku.", {("CONCEDE", "POLLAB", "POLGOV")}),
    ("Francouzští lékaři ukončili stávku.", {("CONCEDE", "FRAHLH", "FRAGOV")}),
    ("Horníci přerušili stávku a vrátili se do práce.", {("CONCEDE", "CZELAB", "CZEGOV")}),
])
def test_lexicon_cs_gsr8_strike_called_off(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text) == expected
