"""An attack noun in an adjunct of circumstance ('při útoku na X', 'in an attack on X', 'během náletu na X') of an
active verb with a violent sense is that verb's subject's act (complements.strike_adjunct_source); not the victims'
('zemřelo při útoku', 'died in an attack', 'were killed in an attack'), and not without a target of its own."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("cs", "Ruské síly zabily pět civilistů při útoku na Kyjev.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Russian forces killed five civilians in an attack on Kyiv.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Izraelští vojáci zabili tři ozbrojence během náletu na základnu Hamásu.", ("ASSAULT", "ISR", "PSE")),
    ("en", "Israeli troops killed three militants during a raid on a Hamas base.", ("ASSAULT", "ISR", "PSE")),
    ("cs", "Syrská vláda použila chlor při útoku na povstalce v Idlibu.", ("ASSAULT", "SYR", "SYR")),
    ("en", "The Syrian government used chlorine in an attack on rebels in Idlib.", ("ASSAULT", "SYR", "SYR")),
])
def test_attack_in_an_adjunct_is_the_subjects(pipeline: Pipeline, lang: str, text: str,
                                              expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("cs", "Při útoku na Kyjev zemřelo deset lidí."),
    ("en", "Ten people died in an attack on Kyiv."),
    ("cs", "Ruská letadla zabila při útoku na vesnici v západní provincii Herát 46 afghánských civilistů."),
])
def test_victims_and_targetless_attacks_name_no_attacker(pipeline: Pipeline, lang: str, text: str) -> None:
    triples = country_triples(events(pipeline, text, lang))  # no target-less attack, no victim as the attacker
    assert not [t for t in triples if t[0] == "ASSAULT" and (t[2] == "-" or t[1] in {"CZE", "UKR"})]


@pytest.mark.parametrize("lang, text", [
    ("cs", "Ukrajina přišla při útoku na Bachmut o deset vojáků."),
    ("cs", "Armáda přišla při náletu o dva vrtulníky."),
    ("en", "Ukraine lost ten soldiers in an attack on Bakhmut."),
])
def test_the_loser_of_an_attack_under_a_light_verb_is_no_attacker(pipeline: Pipeline, lang: str, text: str) -> None:
    """'přijít' is a light verb ('přišel s návrhem'), but an attack noun in its circumstance adjunct is not the
    subject's act: only a violent verb makes it so (strike-adjunct); 'přišla při útoku o vojáky' had UKR attack."""
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "ASSAULT" and t[1] == "UKR"]
