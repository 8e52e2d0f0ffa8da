"""The means of a response is the responder's act (session 18, xlcs; grammar keys response_verbs, response_preps):
'Izrael odvetil leteckými údery na Pásmo Gazy', 'Israel responded with air strikes on Gaza' are ASSAULT by the
responder; what the response answers ('reagoval na útok', 'responded to the attack') is not the responder's act."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (language, sentence, (PLOVER type, source country, target country))
RESPONSES = [
    ("cs", "Izrael odvetil leteckými údery na Pásmo Gazy.", ("ASSAULT", "ISR", "PSE")),
    ("cs", "Izrael reagoval na útok Hamásu nálety na Pásmo Gazy.", ("ASSAULT", "ISR", "PSE")),
    ("en", "Israel responded with air strikes on Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("en", "Russia responded to the Ukrainian attacks with massive shelling of Kyiv.", ("ASSAULT", "RUS", "UKR")),
]

# the thing answered is someone else's act
ANSWERED = [
    ("cs", "Izrael reagoval na útok na Pásmo Gazy.", ("ASSAULT", "ISR", "PSE")),
    ("en", "Israel responded to the attack on Gaza.", ("ASSAULT", "ISR", "PSE")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), RESPONSES, ids=[f"{r[0]}-{i}" for i, r in enumerate(RESPONSES)])
def test_response_means_is_the_responders_act(pipeline: Pipeline, lang: str, text: str,
                                               triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "triple"), ANSWERED, ids=[f"{r[0]}-{i}" for i, r in enumerate(ANSWERED)])
def test_answered_act_is_not_the_responders(pipeline: Pipeline, lang: str, text: str,
                                             triple: tuple[str, str, str]) -> None:
    assert triple not in country_triples(pipeline_events(pipeline, text, lang))
