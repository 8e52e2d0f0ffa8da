"""Persons named with the body they speak or come from: a spokesman for a capitalised unit of a coded body
(actors/fallback._inner_roles) and an unlisted person 'from'/'z' a body (actors/members.py)."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_spokesman_for_a_named_unit_of_the_police_takes_the_police_code(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Jan Novak, a spokesman for the Regional Police Headquarters in Hradec Kralove, said the "
                            "driver attacked the officers.", "en"))
    spokesman = next(code for text, code in c.items() if text.startswith("Jan Novak"))
    assert spokesman == "CZECOP"  # was no code: the unit noun is a proper noun with the police as its compound


def test_unlisted_person_from_a_body_is_its_member(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Police in London said Lucy O'Connor from the Metropolitan Police department arrested a "
                            "man. John Smith from Microsoft criticised the decision.", "en"))
    assert c["Lucy O'Connor"] == "GBRCOP" and c["John Smith"] == "USABUS"  # were unknown names
    c = coded(run(pipeline, "Jan Novák z ministerstva zahraničí kritizoval opozici.", "cs"))
    assert c["Jan Novák"] == "CZEGOV"  # was a private person (CZECVL)


def test_person_from_a_place_is_no_member(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Jan Novák z ministerstva kritizoval Rusko. Petr Dvořák z Prahy napadl souseda.", "cs"))
    assert c["Petr Dvořák"] == "CZECVL"


def test_city_after_a_place_preposition_before_a_full_name_stays_the_place(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Policejní šéf v Sacramentu Daniel Hahn odsoudil útok.", "cs"))
    chief = next(code for text, code in c.items() if text.startswith("Policejní šéf"))
    assert chief == "USACOP"  # was CZECOP: 'Sacramentu Daniel Hahn' was read as one person's name


def test_state_after_an_owner_preposition_before_a_full_name_stays_the_place(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Republikánská senátorka za Arizonu Wendy Rogersová v neděli kritizovala premiérku "
                            "Nového Zélandu.", "cs"))
    senator = next(code for text, code in c.items() if text.startswith("Republikánská senátorka"))
    assert senator == "USALEG"  # was no country: 'Arizonu Wendy Rogersová' was read as one person's name
    c = coded(run(pipeline, "A senator from Arizona Mark Kelly criticised the president.", "en"))
    assert next(code for text, code in c.items() if text.startswith("senator")) == "USALEG"
    c = coded(run(pipeline, "The police chief in Sacramento Daniel Hahn condemned the attack.", "en"))
    assert c["police chief"] == "USACOP"  # spaCy hangs the city on the name as a compound, not on 'in'


def test_place_name_that_is_a_persons_name_stays_the_person(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Herečka Paris Hilton v pondělí kritizovala policii.", "cs"))
    assert any(text.endswith("Paris Hilton") for text in c)  # no preposition before it: the name, not the city
