"""Czech 'pustit se do X' (engage in) and 'uchýlit se k X' (resort to) are light verbs (grammar key light_verbs): the
riot, attack or repression noun they take is their subject's act."""

from __future__ import annotations

from events_support import full_triples


def test_light_verb_engage_in_riots() -> None:
    text = "Egyptští demonstranti se pustili do výtržností po pokojné demonstraci."
    assert ("PROTEST", "EGYOPP", "EGYGOV") in full_triples(text)


def test_light_verb_engage_in_attack() -> None:
    assert full_triples("Ruské jednotky se pustily do útoku na Bachmut.") == {("ASSAULT", "RUSMIL", "UKR")}


def test_light_verb_resort_to_repression() -> None:
    assert full_triples("Vláda se uchýlila k represím proti opozici.") == {("ASSAULT", "CZEGOV", "CZEOPP")}
