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


@pytest.mark.parametrize(("text", "expected"), [
    # cs only (English names its subjects): the object pronoun stands for the actor the subjectless verb before it
    # continues, not for the relative clause's own subject
    ("Polská jeptiška Marie Nováková v pondělí vypovídala u soudu. Přiznala, že do vozidla narazila jiná jeptiška, "
     "která ji požádala o pomoc.", ("REQUEST", "POLREL", "POLREL")),
    ("Německá kancléřka Angela Merkelová přijela do Paříže. Řekla, že francouzský prezident ji podpořil.",
     ("SUPPORT", "FRAGOV", "DEUELI")),  # a former chancellor in 2024
])
def test_object_pronoun_after_a_dropped_subject_is_that_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in full_triples(text, "cs")


def test_object_pronoun_after_a_dropped_subject_that_disagrees_is_no_one() -> None:
    """'Přiznal' (masculine) does not continue into a feminine 'ji'."""
    found = full_triples("Ruský prezident Vladimir Putin přiletěl do Pekingu. Přiznal, že do vozidla narazila jiná "
                         "jeptiška, která ji požádala o pomoc.", "cs")
    assert not any(t[0] == "REQUEST" and t[2].startswith("RUS") for t in found), found


def test_object_pronoun_under_a_modal_is_not_its_subject() -> None:
    """'měla by se ho EU chytit': the modal's missing subject is its complement's own ('EU'), not what 'ho' is."""
    found = full_triples("Evropa by se měla i nadále snažit získat maximální ústupky, protože nemá na výběr. Pokud "
                         "existuje vodítko, které by umožnilo předložit dohodu parlamentu, měla by se ho EU chytit.",
                         "cs")
    assert not any(t[2] == "EUR" for t in found), found


def test_object_pronoun_after_a_guessed_dropped_subject_is_no_one() -> None:
    """The subject of 'obvinila' is only guessed from the nearest argument ('OSN'): 'jí' is not that guess."""
    found = full_triples("V roce, ve kterém uspořádala protesty ve Švédsku, byla výprava Grety Thunbergové "
                         "nevyhnutelná a vyvrcholila projevem před shromážděním OSN, ve kterém obvinila politiky, "
                         "že jí ukradli sny.", "cs")
    assert not any(t[2] == "IGOUNO" and t[0] != "ACCUSE" for t in found), found


def test_demonstrative_passive_subject_is_the_last_actor_named() -> None:
    """cs 'Ten byl obviněn': the last actor named before it that agrees (en says 'he', above)."""
    found = full_triples("Ruská policie zadržela Alexeje Navalného. Ten byl v pondělí obviněn z podvodu.", "cs")
    assert any(t[0] == "ACCUSE" and t[2] == "RUSOPP" for t in found), found
