"""The party that reports its own agreement (parties.party_reporter, deal_reporter): an agentless passive of signing
an agreement, or an agreement noun subject of a copular clause, that names only the partner ('a deal with Turkey had
been signed', 'dohoda s Tureckem byla podepsána', 'the deal with Paris was final') is the reporter's own agreement
with it; not a deal between others, nor another act done to a deal, nor a reporter that is no party (analysts)."""

from __future__ import annotations

from events_support import full_triples


def test_party_reporter_cs_reported_clause() -> None:
    assert full_triples("Kreml uvedl, že dohoda s Tureckem byla podepsána v pátek.") == {("SUPPORT", "RUSGOV", "TUR")}


def test_party_reporter_cs_speaker_after_the_clause() -> None:
    assert full_triples("Dohoda s Tureckem byla podepsána v pátek, uvedl Kreml.") == {("SUPPORT", "RUSGOV", "TUR")}


def test_party_reporter_cs_initialled_partner_under_the_topic() -> None:
    text = "Francouzský ministr obrany v sobotu prohlásil, že smlouva o obraně s Athénami již byla parafována."
    assert full_triples(text) == {("SUPPORT", "FRAGOV", "GRC")}


def test_party_reporter_en_reported_clause() -> None:
    assert full_triples("The Kremlin said a deal with Turkey had been signed on Friday.", "en") == {
        ("SUPPORT", "RUSGOV", "TUR")}


def test_party_reporter_en_speaker_after_the_clause() -> None:
    assert full_triples("A deal with Turkey was signed on Friday, the Kremlin said.", "en") == {
        ("SUPPORT", "RUSGOV", "TUR")}


def test_party_reporter_not_a_deal_between_others() -> None:
    text = "The Kremlin said a ceasefire agreement between Armenia and Azerbaijan had been signed."
    assert not any(s == "RUSGOV" for _, s, _ in full_triples(text, "en"))


def test_party_reporter_not_another_act_on_a_deal() -> None:
    assert not any(t == "SUPPORT" for t, _, _ in full_triples("Kreml uvedl, že dohoda s Tureckem byla porušena."))


def test_party_reporter_not_a_reporter_that_is_no_party() -> None:
    assert full_triples("Analytici uvedli, že dohoda s Íránem byla podepsána.") == set()


def test_deal_reporter_cs_copular_clause() -> None:
    """parties.deal_reporter: 'potvrdil, že smlouva s Paříží je definitivní': Greece's agreement with France."""
    text = "Řecký ministr obrany dále potvrdil, že smlouva s Paříží je definitivní."
    assert full_triples(text) == {("SUPPORT", "GRCGOV", "FRA")}


def test_deal_reporter_en_copular_clause() -> None:
    text = "Greece's Defense Ministry also confirmed that the deal with Paris was final."
    assert full_triples(text, "en") == {("SUPPORT", "GRCGOV", "FRA")}


def test_deal_reporter_not_an_act_on_the_deal() -> None:
    """'said the deal with Turkey was violated': the verb's act on the deal, no agreement of the reporter."""
    text = "The Kremlin said the deal with Turkey was violated."
    assert not any(t == "SUPPORT" for t, _, _ in full_triples(text, "en"))


def test_deal_reporter_not_a_reporter_that_is_no_party() -> None:
    assert full_triples("Analysts said the deal with Turkey was final.", "en") == set()
