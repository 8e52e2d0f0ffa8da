"""An indeclinable state tagged as a common noun is a name too (word_order._name, session 16): beside the gift the entry
asked for, 'Fidži' or 'Mali' is the recipient ('Novozélandská vláda poskytla Fidži pomoc', as en 'provided assistance
to Fiji')."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

RECIPIENTS = [
    ("cs", "Novozélandská vláda poskytla Fidži v reakci na cyklon dodatečnou pomoc.", ("AID", "NZL", "FJI")),
    ("en", "New Zealand provided additional assistance to Fiji after the cyclone.", ("AID", "NZL", "FJI")),
    ("cs", "Evropská komise udělila Googlu pokutu.", ("COERCE", "IGOEUR", "USA")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), RECIPIENTS)
def test_indeclinable_recipient(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))
