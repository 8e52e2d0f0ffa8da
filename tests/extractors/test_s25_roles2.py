"""Session 25, roles2: cs 'se' as the comitative preposition before a Nom/Ins homograph the parser made a second
subject ('sešel s Macronem a později se zástupci EU a NATO': extractors/repair_conj.comitative_subject): the
companion is the conjunct of the earlier one (or the verb's oblique), never a source; a conjunct whose mention
coordinates modifiers ('zástupci EU a NATO') gives all of them (Roles.actors)."""

from __future__ import annotations

import pytest
from events_support import full_triples


def test_companion_after_se_is_a_conjunct_of_the_earlier_companion() -> None:
    found = full_triples("V pátek se Scholz sešel v Paříži s francouzským prezidentem Emmanuelem Macronem a později "
                         "se zástupci EU a NATO v Bruselu.")
    assert ("CONSULT", "DEUGOV", "FRAGOV") in found, found
    assert ("CONSULT", "DEUGOV", "IGONAT") in found, found
    # the EU inside that conjunct ('zástupci EU a NATO', already found as the head's member): Roles.actors
    assert ("CONSULT", "DEUGOV", "IGOEUREEC") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ministr obrany jednal se zástupci EU a NATO.", {("CONSULT", "CZEGOV", "IGONAT"),
                                                       ("CONSULT", "CZEGOV", "IGOEUREEC")}),
    ("Premiér se setkal se zástupci NATO.", {("CONSULT", "CZEGOV", "IGONAT")}),
])
def test_se_companion_keeps_the_verb_subject_as_source(text: str, expected: set[tuple[str, str, str]]) -> None:
    found = full_triples(text)
    assert expected <= found, found
    assert not any(t[1] in {"IGONAT", "IGOEUREEC"} for t in found), found  # the companion is no source
