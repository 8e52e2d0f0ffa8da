"""'tamní' (of that place) points a role noun back to the place named before it: the police, officials or prime
minister of that state, not of the article's home (data key there_adjectives). Found by a battery of ordinary
foreign-affairs sentences: 'navštívil Polsko a jednal s tamním premiérem' coded the talks as Czech with Czech and
dropped them."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

# (text, mention, code)
CASES = [
    ("Česká turistka zemřela na Slovensku. Tamní policie případ vyšetřuje.", "Tamní policie", "SVKCOP"),
    ("Ministr přiletěl do Berlína, kde ho přijal tamní kancléř.", "tamní kancléř", "DEUGOV"),
    ("Ministr zahraničí Jan Lipavský navštívil Polsko a jednal s tamním premiérem.", "tamním premiérem", "POLGOV"),
    # no place named before: the home's, as any bare role noun
    ("Tamní úředníci případ vyšetřují.", "Tamní úředníci", "CZEGOV"),
]


@pytest.mark.parametrize(("text", "mention", "code"), CASES, ids=[c[1] for c in CASES])
def test_actors_there_role_takes_the_place_named_before(pipeline: Pipeline, text: str, mention: str,
                                                        code: str) -> None:
    assert coded(run(pipeline, text, "cs"))[mention] == code


# (lang, text, mention, code): a state organ subject of a clause set in a named place; the target's country or the
# article's default must not win ('Policie ve Varšavě zadržela dva Ukrajince' left the police unresolved)
SEATS = [
    ("cs", "Policie ve Varšavě zadržela dva Ukrajince podezřelé z vraždy.", "Policie", "POLCOP"),
    ("cs", "V Londýně policie zadržela dva Poláky.", "policie", "GBRCOP"),
    ("en", "The police in Warsaw on Friday arrested two Ukrainians.", "police in Warsaw", "POLCOP"),
    # the place of the clause, not a place in another clause: 'z Vídně' is where the men came from
    ("cs", "Policie zadržela v Praze dva muže, kteří přiletěli z Vídně.", "Policie", "CZECOP"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "code"), SEATS, ids=[c[1][:30] for c in SEATS])
def test_actors_seat_of_a_clause_gives_its_organ_the_state(pipeline: Pipeline, lang: str, text: str, mention: str,
                                                           code: str) -> None:
    assert coded(run(pipeline, text, lang))[mention] == code


# (lang, text, mention, code): a plural crowd of civilians, also under a count ('Thousands of people', 'Tisíce lidí'),
# subject of a clause set in a named place, is of that place, not of the state it protests against
CROWDS = [
    ("en", "Hundreds of thousands of people blocked streets in Hong Kong.", "people", "HKGCVL"),
    ("en", "Thousands of people protested in Hong Kong against the Chinese government.", "people", "HKGCVL"),
    ("cs", "Tisíce lidí protestovaly v Bělehradě proti ruské vládě.", "lidí", "SRBCVL"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "code"), CROWDS, ids=[c[1][:30] for c in CROWDS])
def test_actors_seat_of_a_clause_gives_a_crowd_the_state(pipeline: Pipeline, lang: str, text: str, mention: str,
                                                         code: str) -> None:
    assert coded(run(pipeline, text, lang))[mention] == code
