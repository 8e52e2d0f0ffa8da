"""Czech lexicon, round 11 (issue 4, session 8, tools/build_cs_verbs.py): police and court idioms of ordinary news that
the recall audit of unseen Czech articles found uncoded (a licence taken away, a trial with the court as the accuser,
a suspension, a punishment received from a body, police questioning, denouncing, summoning the police) fire on
hand-made sentences; listening to a verdict, a sentence with no giver and permits issued to no one named stay quiet."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Polští policisté jí okamžitě odebrali řidičský průkaz.", ("COERCE", "POL", "POL"), "cs-odebrat-172"),
    ("Pět mužů stanulo před soudem.", ("ACCUSE", "CZE", "CZE"), "cs-stanout-1121"),
    ("Oba bývalí předsedové půjdou před soud kvůli uplácení.", ("ACCUSE", "CZE", "CZE"), "cs-jit-1121"),
    ("Řidička se bude ze svých činů zpovídat u soudu.", ("ACCUSE", "CZE", "CZE"), "cs-zpovidat-1121-se"),
    # a sports body (NGO since session 9) suspends a named player
    ("Disciplinárka útočníkovi zastavila činnost.", ("COERCE", "CZE", "CZE"), "cs-zastavit-172"),
    ("Hráč dostal trest od disciplinární komise.", ("SANCTION", "CZE", "CZE"), "cs-dostat-116"),
    ("Policie viníka nehody vyslechla ve čtvrtek.", ("ACCUSE", "CZE", "CZE"), "cs-vyslechnout-090"),
    ("Soused udal starostu policii.", ("ACCUSE", "CZE", "CZE"), "cs-udat-112"),
    ("Kolemjdoucí přivolal policii.", ("REQUEST", "CZE", "CZE"), "cs-privolat-020"),  # summoned: round 14
    ("Ministerstvo vydalo firmě povolení.", ("AGREE", "CZE", "CZE"), "cs-vydat-030"),
    ("Strážníci muže na místě zajistili.", ("COERCE", "CZE", "CZE"), "cs-zajistit-173"),
]

QUIET = [
    "Vyslechl si rozsudek.",  # listening to a verdict: no actor questioned
    "Dostal trest odnětí svobody.",  # no giver named: the genitive is the kind of sentence, not who gave it
    "Soud vyslechl, že obžalovaný pil v hospodě.",  # a court hearing evidence questions no one
    "Stavební úřady v říjnu vydaly 7 675 stavebních povolení.",  # a statistic: permits to no one named
    "Firma zajistila dopravu pro cestující.",  # securing a service, not detaining a person
]


@pytest.mark.parametrize(("text", "triple", "rule"), FIRES, ids=[f[2] for f in FIRES])
def test_lexicon_cs_round11_entry_fires(pipeline: Pipeline, text: str, triple: tuple[str, str, str],
                                        rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule)


@pytest.mark.parametrize("text", QUIET)
def test_lexicon_cs_round11_other_sense_codes_nothing(pipeline: Pipeline, text: str) -> None:
    assert pipeline_events(pipeline, text, "cs") == []
