"""Role nouns coordinated with a role whose phrase names a state share that state (actors/coordinated.py)."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

CASES = [
    ("Významný český právník a ústavní soudce Vojtěch Cepl kritizoval vládu.", "cs",
     "ústavní soudce Vojtěch Cepl", "CZEJUD"),  # was ---JUD: inside the coded first conjunct
    ("Slovenský právník a ústavní soudce Ján Mazák kritizoval vládu.", "cs", "ústavní soudce", "SVKJUD"),
    ("Uvedl to brněnský opoziční zastupitel za hnutí ANO a bývalý primátor Petr Vokřál.", "cs",
     "bývalý primátor Petr Vokřál", "CZEELI"),  # a former mayor: no organ today (former_adjectives)
    ("Polští policisté a hasiči zachránili muže.", "cs", "hasiči", "POLGOV"),
    ("The Polish lawyer and constitutional judge Jan Kowalski criticised the government.", "en",
     "constitutional judge", "POLJUD"),
    # through a group noun: 'a skupina senátorů' (the group is the conjunct, the role its genitive)
    ("Americký ministr zahraničí a skupina senátorů jednali s představiteli ukrajinské vlády.", "cs",
     "senátorů", "USALEG"),
]


@pytest.mark.parametrize(("text", "lang", "mention", "code"), CASES)
def test_coordinated_role_takes_the_first_conjuncts_state(pipeline: Pipeline, text: str, lang: str, mention: str,
                                                           code: str) -> None:
    assert coded(run(pipeline, text, lang))[mention] == code


def test_coordinated_role_with_its_own_demonym_keeps_it(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Americký prezident a ruský premiér jednali v Ženevě.", "cs"))
    assert c["Americký prezident"] == "USAGOV" and c["ruský premiér"] == "RUSGOV"
