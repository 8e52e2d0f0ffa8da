"""Two known persons the parser glues into one name ('kritizoval prezident Zelenskyj Putina': both 'flat' on the
title): the run stops before a word that alone is another known person (actors/match._two_people) and the title
keeps the first person (actors/compose), so the second is the object, not part of the subject's phrase."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("text,lang,expected", [
    ("Na tiskové konferenci v Kyjevě kritizoval prezident Zelenskyj Putina.", "cs", ("ACCUSE", "UKR", "RUS")),
    ("Ruský prezident Vladimir Putin kritizoval Bidena.", "cs", ("ACCUSE", "RUS", "USA")),
    ("At a press conference in Kyiv, President Zelensky criticized Putin.", "en", ("ACCUSE", "UKR", "RUS")),
    ("Russian President Vladimir Putin criticized Biden.", "en", ("ACCUSE", "RUS", "USA")),
])
def test_second_known_person_is_not_part_of_the_first_name(pipeline: Pipeline, text: str, lang: str,
                                                           expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
