"""'Both Czech ministries had a discussion': a talk, agreement or cooperation whose only actor is one plural group
counted as a pair ('both', 'the two') and no named partner is between the two sides, the group its own partner
(extractors/joint.py), as the wmt gold codes 'both authorities had a discussion' CZEGOV -> CZEGOV; the entry used to
be dropped for want of a target."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    "Finally, both Czech ministries had a discussion about their responsibilities and ownership.",
    "The two Czech ministries discussed the dispute over the motorway on Monday.",
]


@pytest.mark.parametrize("text", CASES)
def test_pair_subject_is_its_own_partner(pipeline: Pipeline, text: str) -> None:
    assert ("CONSULT", "CZE", "CZE") in country_triples(events(pipeline, text, "en"))


def test_named_partner_wins(pipeline: Pipeline) -> None:
    triples = country_triples(events(pipeline, "Both Czech ministries held talks with Slovakia on Monday.", "en"))
    assert ("CONSULT", "CZE", "SVK") in triples and ("CONSULT", "CZE", "CZE") not in triples


def test_a_pair_in_a_phrase_is_no_party(pipeline: Pipeline) -> None:
    text = "The city expects visits by both domestic and foreign tourists this summer."
    assert not [t for t in country_triples(events(pipeline, text, "en")) if t[0] == "CONSULT"]
