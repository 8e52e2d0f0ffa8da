"""A possessive relative stands for the noun its relative clause modifies (owners.relative_antecedent): 'Hamas,
whose fighters fired rockets at Israel' is Hamas's attack; a Czech role noun under 'jehož/jejíž' takes the
antecedent's country (owners.relative_role_nouns) instead of the home-country guess. 'vést' conducts an inquiry only
as its direct object: 'vedlo demokraty k zahájení vyšetřování' is a cause, not the statement's author's inquiry."""

from __future__ import annotations

from events_support import full_triples, pipeline_events

from kronika import Pipeline


def test_relative_possessor_en_whose_fighters() -> None:
    text = "Hamas, whose fighters fired dozens of rockets at Israel overnight, said the attacks were retaliation."
    assert ("ASSAULT", "PSEREB", "ISR") in full_triples(text, "en")


def test_relative_possessor_en_whose_members() -> None:
    text = "The Taliban, whose members attacked a police checkpoint in Kunduz, have rejected the talks."
    assert ("ASSAULT", "AFGREB", "AFGCOP") in full_triples(text, "en")


def test_relative_possessor_cs_role_noun_takes_the_antecedent_country() -> None:
    text = "Hnutí Hamás, jehož bojovníci v noci vypálili na Izrael desítky raket, uvedlo, že šlo o odvetu."
    assert {s[:3] for t, s, _ in full_triples(text) if t == "ASSAULT"} == {"PSE"}


def test_relative_possessor_not_a_personal_possessive_of_another_clause() -> None:
    text = "Izrael uvedl, že jeho vojáci zasáhli proti demonstrantům."
    assert not any(s.startswith("PSE") for _, s, _ in full_triples(text))


def test_vest_inquiry_only_as_direct_object() -> None:
    assert full_triples("Policie vede vyšetřování proti starostovi.") == {("ACCUSE", "CZECOP", "CZEGOV")}
    evs = pipeline_events(Pipeline(), "Prohlášení oznamovatele vedlo demokraty k zahájení vyšetřování proti prezidentu "
                          "Trumpovi.", "cs")
    assert not any(e.trigger == "vedlo" for e in evs)
