"""A city under a target preposition of an attack ('an attack on Kharkiv', 'strikes against Odesa'; data key
attacked_place_prepositions) is acted on as its state, as a city that is a verb's object already was ('Russia
shelled Kharkiv'); a city after a place preposition stays a place."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Russian forces killed five civilians in an attack on Kharkiv.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Ruské síly zabily při útoku na Charkov pět civilistů.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Russia launched missile strikes against Odesa on Monday.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Rusko v pondělí zahájilo raketové útoky na Oděsu.", ("ASSAULT", "RUS", "UKR")),
])
def test_an_attacked_city_is_its_state(pipeline: Pipeline, lang: str, text: str,
                                       expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


def test_a_city_after_a_place_preposition_stays_a_place(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Czech minister met journalists in Kharkiv on Monday.", "en")
    assert not any(t[2] == "UKR" for t in country_triples(evs))
