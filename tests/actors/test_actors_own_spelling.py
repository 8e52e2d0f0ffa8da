"""Unlisted persons whose names keep Czech spelling are Czech in a Czech article's foreign story
(persons.own_spelled_persons, cs actors.json name_spellings)."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

UZBEK = "Turnaj v Taškentu pořádá Uzbekistán. Uzbecká vláda turnaj podporuje. "
TEXAS = "Americká policie zatkla muže v Texasu. Texaský guvernér to potvrdil. "

CASES = [
    (UZBEK + "Kristýna Plíšková porazila Belgičanku. Plíšková byla spokojená.", "Kristýna Plíšková", "CZECVL"),
    (UZBEK + "Kristýna Plíšková porazila Belgičanku. Plíšková byla spokojená.", "Plíšková", "CZECVL"),  # was UZBCVL
    (TEXAS + "Policie uvedla, že Lukáš Čížek byl svědkem.", "Lukáš Čížek", "CZECVL"),  # was USACVL
    # endings Czech gives any name, Indian transcription (ó, letters apart) and Slovak letters say nothing
    (TEXAS + "Justin Boccia byl svědkem. Bocciův advokát to potvrdil.", "Bocciův", "USACVL"),
    ("Indie slaví výročí. Indická vláda uctila Móhandáse Karamčanda Vidjásagara. Indický premiér to řekl.",
     "Móhandáse Karamčanda Vidjásagara", "INDCVL"),  # an unlisted name (Gandhi is listed: INDELI)
    (TEXAS + "Svědkem byla Ľubica Kováčová.", "Ľubica Kováčová", "USACVL"),
]


@pytest.mark.parametrize(("text", "mention", "code"), CASES)
def test_own_spelling_marks_a_czech_in_a_foreign_story(pipeline: Pipeline, text: str, mention: str,
                                                       code: str) -> None:
    assert coded(run(pipeline, text, "cs"))[mention] == code


GIVEN_CASES = [
    ("Zpěvačka tvoří pár s brněnským podnikatelem Petrem.", "brněnským podnikatelem Petrem", "CZEBUS"),  # COLBUS
    ("Petra pracovala jako zdravotní sestra v Londýně. Policie pátrá po Petře.", "Petra", None),  # Gustavo Petro
    ("Kolumbijský prezident Gustavo Petro kritizoval USA. Petro to řekl v Bogotě.", "Petro", "COLGOV"),
    ("Ministr Vojtěch Filip jednal s premiérem. Filip řekl, že souhlasí.", "Filip", "CZEPTY"),  # named in full
]


@pytest.mark.parametrize(("text", "mention", "code"), GIVEN_CASES)
def test_own_given_name_alone_is_no_listed_surname(pipeline: Pipeline, text: str, mention: str,
                                                   code: str | None) -> None:
    assert coded(run(pipeline, text, "cs")).get(mention) == code


SURNAME_CASES = [
    ("Brankář Pavel Francouz se zranil. Francouz bude chybět tři týdny.", "Pavel Francouz", "CZECVL"),  # was FRA
    ("Brankář Pavel Francouz se zranil. Francouz bude chybět tři týdny.", "Francouz", "CZECVL"),
    ("Starosta Jan Němec kritizoval vládu. Němec to řekl v Brně.", "Němec", "CZEGOV"),  # was DEU
    ("Francouz Pierre Dupont kritizoval vládu.", "Francouz", "FRA"),  # before the name: an inhabitant
    ("S Poláky letos Slovinci prohráli v Gdaňsku.", "Poláky", "POL"),
]


@pytest.mark.parametrize(("text", "mention", "code"), SURNAME_CASES)
def test_inhabitant_noun_after_a_given_name_is_a_surname(pipeline: Pipeline, text: str, mention: str,
                                                         code: str) -> None:
    assert coded(run(pipeline, text, "cs")).get(mention) == code
