"""An English pronoun subject stands for an actor of its kind: 'he/she' a person, 'it' a state or organisation. The
nearest core argument before it is no antecedent when it is another kind ('visited Lithuania, where he praised':
he is the visitor, not Lithuania)."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("German Chancellor Olaf Scholz visited Lithuania on Tuesday, where he praised Ukraine for its resistance.",
     ("SUPPORT", "DEU", "UKR"), ("SUPPORT", "LTU", "UKR")),
    ("Polish President Andrzej Duda visited Kyiv, where he thanked Ukraine for its courage.",
     ("SUPPORT", "POL", "UKR"), ("SUPPORT", "UKR", "UKR")),
])
def test_he_after_a_place_is_the_person(pipeline: Pipeline, text: str, expected: tuple[str, str, str],
                                        wrong: tuple[str, str, str]) -> None:
    found = triples(events(pipeline, text))
    assert expected in found
    assert wrong not in found


def test_he_in_the_next_sentence_is_still_the_person(pipeline: Pipeline) -> None:
    """The previous sentence's subject, a person, stays the antecedent of 'he'."""
    text = "French President Emmanuel Macron toured Algeria last week. There he criticised Morocco."
    assert ("ACCUSE", "FRA", "MAR") in triples(events(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Volkswagen chief executive visited China last week. He also met Chinese officials.",
     ("CONSULT", "DEU", "CHN")),
])
def test_he_may_be_a_business_role(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    """A person's role noun of a firm ('chief executive', a sector noun) is a 'he'; a body noun ('the company',
    'the school': actors org_words) is not."""
    assert expected in triples(events(pipeline, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Orban government's approach to the courts has worried Brussels. It has also expelled two Dutch diplomats.",
     ("SANCTION", "HUN", "NLD")),
])
def test_it_may_be_a_government_named_by_its_leader(pipeline: Pipeline, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    """'the Modi government' is a person-built mention whose head is a body noun: 'it' may stand for it."""
    assert expected in triples(events(pipeline, text))
