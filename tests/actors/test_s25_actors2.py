"""Supporters of a person take the person's country with their own civilian sector, not the person's office
(compose.follower); a surname after name particles resolves only to a person with those particles (person_match)."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

FOLLOWERS = [
    ("Příznivci Babiše protestovali na náměstí.", "cs", "2019-06-18", "Příznivci", "CZECVL"),
    ("Voliči Andreje Babiše odmítli návrh.", "cs", "2019-06-18", "Voliči", "CZECVL"),
    ("Fanoušci Trumpa zaútočili na policisty.", "cs", "2019-06-18", "Fanoušci", "USACVL"),
    ("Trump supporters stormed the Capitol.", "en", "2020-01-06", "supporters", "USACVL"),
]


@pytest.mark.parametrize(("text", "lang", "date", "mention", "code"), FOLLOWERS)
def test_followers_take_the_persons_country_not_office(pipeline: Pipeline, text: str, lang: str, date: str,
                                                        mention: str, code: str) -> None:
    """'Příznivci Babiše' in 2019 are Czech civilians, not the Czech government Babiš then led."""
    codes = coded(run(pipeline, text, lang, date))
    assert codes.get(mention) == code
    assert not any(k.startswith(mention) and v and v.endswith("GOV") for k, v in codes.items())

