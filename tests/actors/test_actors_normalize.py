"""Name keys and inflection bases: the data-driven rules behind matching."""

from __future__ import annotations

import pytest

from kronika.actors.normalize import morph, translit


@pytest.mark.parametrize(("czech", "english"), [
    ("Sergej", "Sergey"), ("Andrej", "Andrei"), ("Bělousov", "Belousov"), ("Zelenskyj", "Zelensky"),
    ("Šojgu", "Shoigu"), ("Zacharovová", "Zakharova"), ("Lukašenko", "Lukashenko"), ("Dmitrij", "Dmitry"),
    ("Peskov", "Peskov"), ("Medveděv", "Medvedev"), ("Jevgenij", "Yevgeny"),
])
def test_normalize_czech_and_english_spellings_share_a_key(czech: str, english: str) -> None:
    assert translit("cs").key(czech) == translit("en").key(english)


def test_normalize_distinct_names_keep_distinct_keys() -> None:
    assert translit("cs").key("Lavrov") != translit("en").key("Lavrentiev")


@pytest.mark.parametrize(("form", "base"), [
    ("Putina", "putin"), ("Putinovy", "putin"), ("Putinův", "putin"), ("Rusku", "rusko"), ("Ruskem", "rusko"),
    ("Koreji", "korea"), ("Koreou", "korea"), ("Zelenského", "zelenský"), ("Ukrajině", "ukrajina"),
])
def test_normalize_czech_endings_give_the_nominative(form: str, base: str) -> None:
    assert base in morph("cs").bases(form)



@pytest.mark.parametrize(("form", "base"), [
    ("Berlusconiho", "berlusconi"), ("Draghimu", "draghi"), ("Renzim", "renzi"), ("Kennedyho", "kennedy"),
    ("Kennedymu", "kennedy"), ("Abemu", "abe"),
])
def test_normalize_foreign_names_in_i_y_e_decline_as_soft_adjectives(form: str, base: str) -> None:
    assert base in morph("cs").bases(form)  # the vowel stays and -ho/-mu/-m follows (morph.json endings)


@pytest.mark.parametrize(("form", "base"), [
    ("Hamáčkem", "hamáček"), ("Válka", "válek"), ("Vondráčka", "vondráček"), ("Pavlovi", "pavel"),
    ("Havlem", "havel"), ("Karla", "karel"), ("Němcem", "němec"), ("Vaňka", "vaněk"),
])
def test_normalize_czech_mobile_e_surnames(form: str, base: str) -> None:
    assert base in morph("cs").bases(form)  # the e of -ek, -vel/-rel, -ec, -něk drops in the other cases


def test_normalize_mobile_e_not_for_any_el() -> None:
    assert "kiel" not in morph("cs").bases("Kila")  # a nickname acting is no city in Germany
