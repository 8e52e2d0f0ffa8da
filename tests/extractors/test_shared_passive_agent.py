"""Coordinated passives share the agent (repair_conj.passive_conjunct, complements.shared_passive_agent): cs
'Demonstranti byli zadrženi egyptskou policií, biti a mučeni' (the parser hangs 'mučeni' on the agent noun) and
'zatčeni íránskými úřady a obviněni': the conjoined participle is the same agent's act; an inanimate instrumental
('drženi násilím, mučeni') names no agent."""

from __future__ import annotations

from events_support import full_triples


def test_shared_passive_agent_cs_conjunct_hung_on_the_agent() -> None:
    text = "Demonstranti byli zadrženi egyptskou policií, biti a mučeni ve vazbě."
    assert ("ASSAULT", "EGYCOP", "EGYOPP") in full_triples(text)


def test_shared_passive_agent_cs_charge_by_the_arresting_body() -> None:
    text = "Novináři byli zatčeni íránskými úřady a obviněni ze špionáže."
    assert ("ACCUSE", "IRNGOV", "IRNMED") in full_triples(text)


def test_shared_passive_agent_en_unchanged() -> None:
    text = "The protesters were detained by Egyptian police, beaten and tortured in custody."
    assert ("ASSAULT", "EGYCOP", "EGYCVL") in full_triples(text, "en")


def test_shared_passive_agent_not_an_instrument() -> None:
    text = "Lidé tam byli drženi násilím, mučeni a sexuálně zneužíváni."
    assert full_triples(text) == set()
