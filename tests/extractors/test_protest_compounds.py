"""A protest, demonstration or riot noun names its protesters in an English noun compound ('student protests',
'farmer protests'), as the Czech genitive does ('protesty studentů'): en-kr-n-protest-141 and its neighbours take a
'compound' source. 'rally' and 'march' do not ('a Trump rally', 'an election rally' are no protests)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Student protests erupted in Iran.", ("PROTEST", "IRN", "IRN")),
    ("cs", "V Teheránu vypukly protesty íránských studentů.", ("PROTEST", "IRN", "IRN")),
    ("en", "Opposition demonstrations against the Serbian government continued on Sunday.",
     ("PROTEST", "SRB", "SRB")),
    ("cs", "Demonstrace srbské opozice proti vládě pokračovaly v neděli.", ("PROTEST", "SRB", "SRB")),
])
def test_protest_compound_names_the_protesters(pipeline: Pipeline, lang: str, text: str,
                                               expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
