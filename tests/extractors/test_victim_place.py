"""A country-less group that is the object of a clause takes the state of the one city or state its clause names
(data key victim_place_prepositions), not the attacker's demonym nor the article's home; its own place wins."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Russian forces killed five civilians in an attack on Kharkiv.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Ruské síly zabily při útoku na Charkov pět civilistů.", ("ASSAULT", "RUS", "UKR")),
    ("en", "A Russian missile strike on Kharkiv killed five civilians.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Ruské rakety v úterý zabily na Ukrajině dvacet lidí.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Russian police detained dozens of people at a rally in Moscow.", ("COERCE", "RUS", "RUS")),
    ("cs", "Ruská policie v Moskvě zadržela desítky lidí.", ("COERCE", "RUS", "RUS")),
])
def test_victims_take_the_place_of_their_clause(pipeline: Pipeline, lang: str, text: str,
                                                expected: tuple[str, str, str]) -> None:
    triples = country_triples(events(pipeline, text, lang))
    assert expected in triples
    assert not any(t[0] == expected[0] and t[2] in ("CZE", "RUS") and t[2] != expected[2] for t in triples)


@pytest.mark.parametrize("lang, text", [
    ("en", "Russian forces killed five civilians in an attack on Kharkiv."),
    ("cs", "Ruské rakety v úterý zabily na Ukrajině dvacet lidí."),
])
def test_the_attacker_is_no_evidence_of_the_victims(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(t[2] in ("RUS", "CZE") for t in country_triples(events(pipeline, text, lang)))
