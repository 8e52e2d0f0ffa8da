"""Sports clubs the text marks as clubs (clubs.py) and international sports bodies (orgs_curated.tsv)."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline


@pytest.mark.parametrize(("text", "lang", "name", "code"), [
    ("Fotbalová Sparta se odvolala proti dvouzápasovému trestu pro útočníka.", "cs", "Sparta", "CZEBUS"),
    ("Klub Bohemians se odvolal proti pokutě od disciplinární komise.", "cs", "Klub Bohemians", "CZEBUS"),
    ("AC Sparta have appealed against the two-match ban the disciplinary committee gave their striker.", "en",
     "AC Sparta", "CZEBUS"),
])
def test_club_a_name_marked_as_a_club_is_a_club_of_the_home(pipeline: Pipeline, text: str, lang: str, name: str,
                                                            code: str) -> None:
    home = "Zápas se hrál v Plzni. Česko. " if lang == "cs" \
        else "The Czech government met in Prague. Czech police closed the road. "
    assert coded(run(pipeline, home + text, lang))[name] == code


def test_club_later_bare_mentions_are_the_club(pipeline: Pipeline) -> None:
    text = "Sparta nechce přijít o útočníka. Fotbalová Sparta se odvolala proti trestu. " \
           "Disciplinární komise potrestala Spartu pokutou."
    doc = run(pipeline, text, "cs")
    assert {m.text: m.code for m in doc.mentions if m.text.startswith("Spart")} == \
        {"Sparta": "CZEBUS", "Spartu": "CZEBUS"}


def test_club_plain_name_or_a_persons_team_stays_open(pipeline: Pipeline) -> None:
    assert coded(run(pipeline, "Sparta podala stížnost. Sparta se odvolala.", "cs")).get("Sparta") is None
    c = coded(run(pipeline, "V Praze se hrálo. Tým Jana Nováka podal stížnost.", "cs"))
    assert not any(v == "CZEBUS" and "Nov" in k for k, v in c.items())


@pytest.mark.parametrize(("text", "lang", "name", "code"), [
    ("UEFA potrestala klub pokutou.", "cs", "UEFA", "NGO"),
    ("Mezinárodní olympijský výbor vyloučil Rusko z olympiády.", "cs", "Mezinárodní olympijský výbor", "NGO"),
    ("WADA obvinila ruské atlety z dopingu.", "cs", "WADA", "NGO"),
    ("The International Olympic Committee suspended Russia.", "en", "International Olympic Committee", "NGO"),
    ("FIFA banned the Russian national team.", "en", "FIFA", "NGO"),
])
def test_club_international_sports_bodies_are_ngos(pipeline: Pipeline, text: str, lang: str, name: str,
                                                   code: str) -> None:
    assert coded(run(pipeline, text, lang))[name] == code


def test_club_role_of_a_club_takes_its_code(pipeline: Pipeline) -> None:
    text = "Fotbalová Sparta se odvolala proti trestu. Mluvčí Sparty kritizoval disciplinární komisi."
    assert coded(run(pipeline, text, "cs"))["Mluvčí Sparty"] == "CZEBUS"


@pytest.mark.parametrize(("text", "lang", "name", "code"), [
    ("Český hokejový svaz potrestal trenéra pokutou.", "cs", "Český hokejový svaz", "CZENGO"),
    ("Novým předsedou se stal Keller. Německý fotbalový svaz zvolil Kellera.", "cs", "Německý fotbalový svaz",
     "DEUNGO"),
    ("Czech football side Sparta Prague has appealed against the ban.", "en", "Sparta Prague", "CZEBUS"),
    ("Sigma Olomouc se odvolala proti trestu.", "cs", "Sigma Olomouc", "CZEBUS"),
    ("Manchester United vyhodil trenéra po porážce s Bayernem Mnichov.", "cs", "Manchester United", "GBRBUS"),
    ("Paris Saint-Germain sued FC Barcelona over the transfer.", "en", "Paris Saint-Germain", "FRABUS"),
])
def test_club_sports_associations_and_listed_clubs(pipeline: Pipeline, text: str, lang: str, name: str,
                                                   code: str) -> None:
    assert coded(run(pipeline, text, lang))[name] == code
