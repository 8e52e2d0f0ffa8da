"""A sanction the reported clause keeps or handles without naming who imposes it is the reporter's ('The United
States said the sanctions against Iran will remain in place', 'EU uvedla, že sankce proti Bělorusku budou
prodlouženy'): extractors/measures.py. Not the target's own report, and not an evaluation of the sanctions."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The United States said the sanctions against Iran will remain in place.", ("SANCTION", "USA", "IRN")),
    ("cs", "Spojené státy uvedly, že sankce proti Íránu zůstanou v platnosti.", ("SANCTION", "USA", "IRN")),
    ("cs", "Spojené státy prohlásily, že sankce proti Rusku budou platit, dokud Rusko nestáhne vojáky.",
     ("SANCTION", "USA", "RUS")),
    ("en", "The White House said the sanctions against Iran would not be lifted.", ("REJECT", "USA", "IRN")),
    ("cs", "Bílý dům uvedl, že sankce proti Íránu nebudou zrušeny.", ("REJECT", "USA", "IRN")),
    ("en", "The EU said sanctions against Belarus would be extended by six months.", ("THREATEN", "IGOEUR", "BLR")),
    ("cs", "Evropská unie uvedla, že sankce proti Bělorusku budou prodlouženy o šest měsíců.",
     ("THREATEN", "IGOEUR", "BLR")),
    ("en", '"Sanctions against Tehran will not be lifted, they will be tightened," the US president said.',
     ("REJECT", "USA", "IRN")),
    ("cs", "„Sankce proti Teheránu nebudou zrušeny, ale budou ještě zpřísněny,“ řekl americký prezident.",
     ("REJECT", "USA", "IRN")),
    ("en", '"As long as Iran\'s menacing behaviour continues, sanctions will not be lifted," the US president said.',
     ("REJECT", "USA", "IRN")),
    ("cs", "„Dokud budou íránské útoky pokračovat, sankce nebudou zrušeny,“ řekl americký prezident.",
     ("REJECT", "USA", "IRN")),
])
def test_reporter_imposes_the_kept_measure(pipeline: Pipeline, lang: str, text: str,
                                           expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "China said the sanctions against Iran are unjust."),
    ("cs", "Čína uvedla, že sankce proti Íránu jsou nespravedlivé."),
    ("en", "Germany said sanctions against EU lawmakers represented an unreasonable escalation."),
    ("cs", "Německo uvedlo, že sankce proti poslancům EU představují nepřiměřenou eskalaci."),
    ("en", "The Kremlin said sanctions against Russia will remain in place for years."),
    ("cs", "Kreml uvedl, že sankce proti Rusku zůstanou v platnosti ještě roky."),
    ("en", "Iran said the sanctions against Tehran would be lifted soon."),
    ("cs", "Írán uvedl, že sankce proti Teheránu budou brzy zrušeny."),
])
def test_a_critic_or_the_target_imposes_nothing(pipeline: Pipeline, lang: str, text: str) -> None:
    found = country_triples(events(pipeline, text, lang))
    assert not [t for t in found if t[0] in {"SANCTION", "THREATEN", "REJECT", "RETREAT"}]


@pytest.mark.parametrize("lang, text", [
    ("en", "The US president said sanctions would not be lifted, and Iran rejected the talks."),
    ("cs", "Americký prezident řekl, že sankce nebudou zrušeny, a Írán rozhovory odmítl."),
])
def test_a_state_outside_the_condition_is_no_target(pipeline: Pipeline, lang: str, text: str) -> None:
    """Only a state in the kept measure's own adverbial clause ('as long as', 'dokud') is its target."""
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[1] == "USA"]
