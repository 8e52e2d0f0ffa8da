"""Czech 'pustit se do X' (engage in), 'uchýlit se k X' (resort to) and English 'gather/converge for X' are light
verbs (grammar key light_verbs): the riot, rally, attack or repression noun they take is their subject's act."""

from __future__ import annotations

from events_support import full_triples


def test_light_verb_engage_in_riots() -> None:
    text = "Egyptští demonstranti se pustili do výtržností po pokojné demonstraci."
    assert ("PROTEST", "EGYOPP", "EGYGOV") in full_triples(text)


def test_light_verb_engage_in_attack() -> None:
    assert full_triples("Ruské jednotky se pustily do útoku na Bachmut.") == {("ASSAULT", "RUSMIL", "UKR")}


def test_light_verb_resort_to_repression() -> None:
    assert full_triples("Vláda se uchýlila k represím proti opozici.") == {("ASSAULT", "CZEGOV", "CZEOPP")}


def test_light_verb_gather_for_a_rally() -> None:
    text = "Thousands of Serbs gathered in Belgrade for a rally against the government."
    assert full_triples(text, "en") == {("PROTEST", "SRB", "SRBGOV")}


def test_light_verb_gather_evidence_is_no_attack() -> None:
    assert full_triples("Police gathered evidence of the attack on the embassy.", "en") == set()
