"""Czech lexicon breadth (issue 4): disputes, withheld funds, threats of ending trade, persuasion, approvals,
nominations, ultimatums and talks between two sides, on hand-made sentences."""

from __future__ import annotations

from events_support import events, triples


def test_events_cs_breadth_dispute_with_is_accuse() -> None:
    assert triples(events("Polsko vede ostrý spor s Německem.")) == {("ACCUSE", "POL", "DEU")}


def test_events_cs_breadth_withheld_funds_are_sanction() -> None:
    assert triples(events("Německo zadržuje finanční dotace do Polska.")) == {("SANCTION", "DEU", "POL")}


def test_events_cs_breadth_threat_target_under_the_threatened_act() -> None:
    assert triples(events("Polsko pohrozilo ukončením dovozu do Německa.")) == {("THREATEN", "POL", "DEU")}


def test_events_cs_breadth_persuading_is_request() -> None:
    assert triples(events("Německo se snaží přimět Polsko k ústupkům.")) == {("REQUEST", "DEU", "POL")}


def test_events_cs_breadth_approving_licences_for_x_is_agree() -> None:
    assert triples(events("Německo odsouhlasilo vydání licencí Polsku.")) == {("AGREE", "DEU", "POL")}


def test_events_cs_breadth_discussing_pair_is_mutual_and_future_is_agree() -> None:
    assert triples(events("Putin a Macron budou diskutovat o vzájemných vztazích.")) == {
        ("AGREE", "RUSGOV", "FRAGOV"), ("AGREE", "FRAGOV", "RUSGOV")}


def test_events_cs_breadth_talks_between_both_sides_take_the_last_pair() -> None:
    evs = events("Rusko a Ukrajina se dohodly na příměří. Od té doby proběhlo několik jednání mezi oběma stranami.")
    assert {("CONSULT", "RUS", "UKR"), ("CONSULT", "UKR", "RUS")} <= triples(evs)


def test_events_cs_breadth_ultimatum_deadline_is_threaten() -> None:
    assert triples(events("Německo stanovilo Polsku lhůtu.")) == {("THREATEN", "DEU", "POL")}


def test_events_cs_breadth_protest_noun_codes_protest() -> None:
    assert ("PROTEST", "POL", "-") in triples(events("Polsko uspořádalo demonstraci proti zákonu."))


def test_events_cs_breadth_arrived_for_talks_with_x_is_consult() -> None:
    evs = events("Macron přijel do Varšavy na jednání s Putinem.")
    assert ("CONSULT", "FRAGOV", "RUSGOV") in triples(evs)


def test_events_cs_breadth_causative_object_is_the_target_of_an_attack() -> None:
    assert triples(events("Rusko nechalo Ukrajinu bombardovat.")) == {("ASSAULT", "RUS", "UKR")}


def test_events_cs_breadth_causative_does_not_make_a_negotiator_a_target() -> None:
    assert ("CONSULT", "DEU", "POL") not in triples(events("Německo nechalo Polsko vyjednávat."))


def test_events_cs_breadth_pushing_x_to_talks_is_request() -> None:
    assert triples(events("Německo tlačí Rusko do rozhovorů.")) == {("REQUEST", "DEU", "RUS")}
