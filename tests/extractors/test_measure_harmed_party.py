"""A sanction that names no target, as the subject or agent of a verb of harm (grammar key measure_harm_verbs), is
aimed at the state its patient is or belongs to: 'Iran's economy has been crippled by American sanctions', 'Americké
sankce ochromily íránskou ekonomiku' (extractors/measures.harmed_party)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Iran's economy has been crippled by American sanctions.", ("SANCTION", "USA", "IRN")),
    ("cs", "Americké sankce ochromily íránskou ekonomiku.", ("SANCTION", "USA", "IRN")),
    ("en", "EU sanctions hit the Russian economy hard.", ("SANCTION", "IGOEUR", "RUS")),
    ("cs", "Sankce EU tvrdě zasáhly ruskou ekonomiku.", ("SANCTION", "IGOEUR", "RUS")),
])
def test_harmed_party_is_the_target(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "American sanctions were discussed by Iranian economists."),
    ("cs", "Americké sankce diskutovali íránští ekonomové."),
])
def test_no_harm_verb_no_target(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "SANCTION"]


@pytest.mark.parametrize("lang, text", [
    ("en", "EU sanctions hit the Russian economy hard."),
    ("en", "American sanctions hurt Iranian hospitals."),
    ("cs", "Sankce EU tvrdě zasáhly ruskou ekonomiku."),
])
def test_harm_done_by_sanctions_is_no_attack(pipeline: Pipeline, lang: str, text: str) -> None:
    """A verb of attack or harm whose subject is a measure is its effect, not an assault."""
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] in {"ASSAULT", "COERCE"}]


@pytest.mark.parametrize("lang, text, expected", [
    ("cs", "Rusko zasáhly nové sankce Evropské unie.", ("SANCTION", "IGOEUR", "RUS")),  # two 'nsubj'
    ("cs", "Írán tvrdě zasáhly americké sankce.", ("SANCTION", "USA", "IRN")),
    ("en", "Russia has been hit by new European Union sanctions.", ("SANCTION", "IGOEUR", "RUS")),
    ("en", "Iran was hit hard by American sanctions.", ("SANCTION", "USA", "IRN")),
])
def test_harmed_party_object_first_read_as_a_second_subject(pipeline: Pipeline, lang: str, text: str,
                                                           expected: tuple[str, str, str]) -> None:
    """Verb second with the object first: the state whose nominative is its accusative and whose number the plural
    verb does not agree with is the harmed party, though the parser made it a second subject."""
    assert expected in country_triples(events(pipeline, text, lang))


def test_a_response_made_with_a_measure_is_that_measure_not_an_attack(pipeline: Pipeline) -> None:
    """'retaliated with tariffs' (grammar keys response_verbs, response_preps): a sanction, no assault."""
    triples = country_triples(events(pipeline, "Canada retaliated with tariffs on U.S. goods."))
    assert triples == {("SANCTION", "CAN", "USA")}
    assert ("ASSAULT", "ISR", "LBN") in country_triples(events(pipeline, "Israel retaliated against Hezbollah."))
