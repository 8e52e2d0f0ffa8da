"""Session 25, roles: the patient of a passive whose subject is a personal pronoun or dropped
(extractors/passive_pronouns.py): the actor named before it as a patient or subject that agrees with it; a neuter
'it' / cs neuter participle only the previous clauses' patient, and nothing when that patient is a thing."""

from __future__ import annotations

import pytest
from events_support import full_triples


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ruská policie zadržela Alexeje Navalného. V pondělí byl obviněn z podvodu.", "cs",
     ("ACCUSE", "-", "RUSOPP")),
    ("Russian police detained Alexei Navalny. He was charged with fraud on Monday.", "en",
     ("ACCUSE", "-", "RUSOPP")),
    ("Ukrajinská vláda v pondělí obvinila Rusko z útoku. Bylo za to odsouzeno Radou bezpečnosti OSN.", "cs",
     ("ACCUSE", "IGOUNO", "RUS")),
    ("The European Commission fined Google. It was accused of abusing its dominance.", "en",
     ("ACCUSE", "-", "USABUS")),
])
def test_pronoun_or_dropped_passive_subject_is_the_earlier_patient(
        text: str, lang: str, expected: tuple[str, str, str]) -> None:
    found = full_triples(text, lang)
    assert any(t[0] == expected[0] and t[2] == expected[2] and (expected[1] == "-" or t[1] == expected[1])
               for t in found), found


@pytest.mark.parametrize(("text", "lang", "kind", "wrong"), [
    # the nearest agreeing noun is the report, no actor: not the government that published it
    ("Ukrajinská vláda zveřejnila zprávu o ruských útocích. Byla odmítnuta Moskvou.", "cs", "REJECT", "UKR"),
    ("The Ukrainian government published a report on Russian attacks. It was rejected by Moscow.", "en", "REJECT",
     "UKR"),
    # a neuter 'it' is a thing told of before, not a person further back
    ("Police arrested opposition leader Alexei Navalny in March. His team published a report about corruption. "
     "It was released on Monday.", "en", "RETREAT", ""),
    ("Policie v březnu zatkla opozičního předáka Alexeje Navalného. Jeho tým zveřejnil video o korupci. "
     "Bylo propuštěno v pondělí.", "cs", "RETREAT", ""),
])
def test_a_thing_before_the_passive_is_no_actor(text: str, lang: str, kind: str, wrong: str) -> None:
    found = {t for t in full_triples(text, lang) if t[0] == kind}
    if wrong:
        assert not any(t[2].startswith(wrong) for t in found), found
    else:
        assert not found, found
