"""An object pronoun in a relative clause is not the noun the clause's relative subject stands for ('hosted the
Ukrainian president, who asked him for support': him is the host)."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("The Saudi crown prince hosted the Ukrainian president, who asked him for support.", ("REQUEST", "UKR", "SAU")),
    ("Macron received the Chinese president, who invited him to visit Beijing.", ("AGREE", "CHN", "FRA")),
])
def test_relative_subject_is_not_the_object_pronoun(pipeline: Pipeline, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in triples(events(pipeline, text))


def test_pronoun_of_a_main_clause_keeps_the_object(pipeline: Pipeline) -> None:
    """Without a relative clause the nearest object stays the antecedent: 'met the Polish president and praised him'."""
    text = "The Ukrainian president met the Polish president. He later praised him for his support."
    assert ("SUPPORT", "UKR", "POL") in triples(events(pipeline, text))
