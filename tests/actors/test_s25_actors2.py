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


def test_title_and_particle_surname_is_not_a_namesake_without_particle(pipeline: Pipeline) -> None:
    """'Prezident dos Santos' is not the Colombian Juan Manuel Santos (no 'dos' in his name)."""
    codes = coded(run(pipeline, "Prezident dos Santos jmenoval nového ministra.", "cs", "2010-06-18"))
    assert all(not (v or "").startswith("COL") for v in codes.values())


def test_particle_surname_of_a_person_named_earlier(pipeline: Pipeline) -> None:
    """'Von der Leyenová' after her full name is still Ursula von der Leyen."""
    text = "Předsedkyně Evropské komise Ursula von der Leyenová kritizovala Rusko. Von der Leyenová pak odcestovala."
    codes = coded(run(pipeline, text, "cs", "2024-06-18"))
    assert codes.get("Von der Leyenová") == "IGOEUREEC"


def test_president_surname_alone_still_resolves(pipeline: Pipeline) -> None:
    """Without a particle, 'President Santos' in 2014 stays the Colombian president."""
    codes = coded(run(pipeline, "President Santos met rebels.", "en", "2014-06-18"))
    assert codes.get("President Santos") == "COLGOV"
