"""An explosive device that kills is the act of unidentified attackers of the country it happened in
(sources.unidentified_attacker), also when the parser hangs the place on the device ('zařízení nedaleko iráckého
města Basra': the place in its phrase is no agent) and for cs 'výbušné zařízení' (sources.json blast_nouns)."""

from __future__ import annotations

from events_support import full_triples


def test_blast_agent_place_under_the_device_ovs() -> None:
    text = "Tři americké vojáky zabilo improvizované výbušné zařízení nedaleko iráckého města Basra."
    assert full_triples(text) == {("ASSAULT", "IRQUAF", "USAMIL")}


def test_blast_agent_place_on_the_verb() -> None:
    text = "Improvizované výbušné zařízení zabilo nedaleko iráckého města Basra tři americké vojáky."
    assert full_triples(text) == {("ASSAULT", "IRQUAF", "USAMIL")}


def test_blast_agent_en_unchanged() -> None:
    text = "A roadside bomb near the Iraqi city of Basra killed three British soldiers."
    assert full_triples(text, "en") == {("ASSAULT", "IRQUAF", "GBRMIL")}
