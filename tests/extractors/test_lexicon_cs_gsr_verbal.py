"""Czech coding of verbal conflict (plover-gsr-cs, session 14, gsr4): investigations of extremists' crimes accuse the
extremists ('extremista' is an armed-group role noun, en 'extremist'); a negated future promise of aid or cooperation
is a refusal that stands without a target ('nepřijme uprchlíky', en 'will not accept refugees': REJECT X -> -)."""

from __future__ import annotations

import pytest
from events_support import full_triples


def full(text: str) -> set[tuple[str, str, str]]:
    """(type, source, target) from the whole pipeline (events_support.full_triples)."""
    return full_triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Maďarská policie prošetřuje násilí srbských extremistů.", {("ACCUSE", "HUNCOP", "SRBREB")}),
    ("Bosna vyšetřuje zločiny chorvatských extremistů.", {("ACCUSE", "BIH", "HRVREB")}),
    ("Polsko oznámilo, že nepřijme žádné další uprchlíky.", {("REJECT", "POL", "-")}),
    ("Maďarsko nebude s Ukrajinou spolupracovat.", {("REJECT", "HUN", "UKR")}),
    ("Maďarsko prohlásilo, že nebude spolupracovat.", {("REJECT", "HUN", "-")}),
])
def test_lexicon_cs_gsr_verbal(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full(text) == expected
