"""Atrocities committed on someone (session 17): 'páchat/spáchat zvěrstva na civilistech', 'dopouštět se zločinů na
Ukrajině' name the victim in 'na' + locative (before: no target); 'páchá', 'uráží', 'prosí' are imperfective though the
tagger marks them perfective, so their present is the present (modality.json imperfective_verbs), not a future act
(before: 'páchá zvěrstva' was THREATEN 138); the lemma slip 'štíta' of 'štíty' keeps human shields. Both languages."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires

from kronika import Pipeline

# (sentence, lang, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Ruská armáda páchá zvěrstva na ukrajinských civilistech.", "cs", ("ASSAULT", "RUS", "UKR"), "cs-pachat-180"),
    ("Ruská armáda páchá na Ukrajině zvěrstva.", "cs", ("ASSAULT", "RUS", "UKR"), "cs-pachat-180"),
    ("Ruská armáda spáchala zvěrstva na ukrajinských civilistech.", "cs", ("ASSAULT", "RUS", "UKR"), "cs-spachat-180"),
    ("Ruští vojáci se na Ukrajině dopouštějí válečných zločinů.", "cs", ("ASSAULT", "RUS", "UKR"), "cs-dopoustet-180"),
    ("The Russian army is committing atrocities against Ukrainian civilians.", "en", ("ASSAULT", "RUS", "UKR"),
     "en-kr-commit-180"),
    ("Islámský stát drží irácké civilisty jako živé štíty.", "cs", ("COERCE", "IMG", "IRQ"), "cs-drzet-170"),
    ("Islamic State is holding Iraqi civilians as human shields.", "en", ("COERCE", "IMG", "IRQ"), "en-kr-hold-170"),
    ("Ukrajinský prezident prosí Německo o tanky.", "cs", ("REQUEST", "UKR", "DEU"), "cs-prosit-020"),
    ("The Ukrainian president begs Germany for tanks.", "en", ("REQUEST", "UKR", "DEU"), "en-p2-beg-020"),
    ("Ruský velvyslanec uráží ukrajinského prezidenta.", "cs", ("ACCUSE", "RUS", "UKR"), "cs-urazet-111"),
]


@pytest.mark.parametrize(("text", "lang", "triple", "rule"), FIRES, ids=[f[3] + "-" + f[0][:14] for f in FIRES])
def test_perpetration_and_present_acts_fire(pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str],
                                            rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule, lang)


def test_present_atrocities_are_no_threat(pipeline: Pipeline) -> None:
    """'páchá' tagged perfective read as a future act: a threat of violence (THREATEN 138) before."""
    doc = pipeline({"id": "t", "text": "Ruská armáda páchá na Ukrajině zvěrstva.", "lang": "cs"})
    assert [(e.type, e.future) for e in doc.events] == [("ASSAULT", False)]
