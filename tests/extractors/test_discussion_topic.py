"""The object of a discussion verb is its topic, never the partner: 'Macron and Scholz discussed Ukraine' (cs
'projednali Ukrajinu') is a talk between the two, 'he discussed Joe Biden' a talk about him; only a with-phrase
('s X') names the partner (en-kr-discuss-040)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text", [
    ("en", "French President Emmanuel Macron and German Chancellor Olaf Scholz discussed Ukraine on Monday."),
    ("cs", "Francouzský prezident Emmanuel Macron a německý kancléř Olaf Scholz v pondělí projednali Ukrajinu."),
])
def test_discussed_topic_is_no_partner(pipeline: Pipeline, lang: str, text: str) -> None:
    found = country_triples(events(pipeline, text, lang))
    assert ("CONSULT", "FRA", "DEU") in found
    assert not any(t[0] == "CONSULT" and t[2] == "UKR" for t in found)


@pytest.mark.parametrize("lang, text", [
    ("en", "The French president discussed the war with Ukrainian officials."),
    ("cs", "Francouzský prezident projednal válku s ukrajinskými představiteli."),
])
def test_discussion_partner_is_the_with_phrase(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("CONSULT", "FRA", "UKR") in country_triples(events(pipeline, text, lang))
