"""An accusation noun in a phrase of a custody verb is the custodian's accusation of the one held
(complements.custody_charge): 'arrested two French citizens on charges of espionage', 'zatkly dva francouzské
občany pro obvinění ze špionáže' (the parser hangs the phrase on the object); not without a named custodian."""

from __future__ import annotations

from events_support import full_triples


def test_custody_charge_en() -> None:
    assert full_triples("Iranian authorities arrested two French citizens on charges of espionage.", "en") == {
        ("COERCE", "IRNGOV", "FRACVL"), ("ACCUSE", "IRNGOV", "FRACVL")}


def test_custody_charge_en_passive() -> None:
    text = "The American journalist was detained by Russian police on charges of espionage."
    assert ("ACCUSE", "RUSCOP", "USAMED") in full_triples(text, "en")


def test_custody_charge_cs_phrase_on_the_object() -> None:
    assert full_triples("Íránské úřady zatkly dva francouzské občany pro obvinění ze špionáže.") == {
        ("COERCE", "IRNGOV", "FRACVL"), ("ACCUSE", "IRNGOV", "FRACVL")}


def test_custody_charge_not_after_another_event() -> None:
    assert not any(t == "ACCUSE" for t, _, _ in full_triples(
        "Police arrested the man after allegations of abuse by his neighbours.", "en"))
