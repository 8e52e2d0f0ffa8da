"""'X was met (greeted) with criticism or protests from Y', 'X drew criticism from Y': Y criticises or protests
against X (verbs.json swap entries, as 'faced a backlash from Y'); 'met with Y' stays a meeting. (Resistance from
Y stays the noun's rejection by Y: a REJECT entry on 'meet' would govern the noun and drop it when X is no actor.)"""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("The British plan was met with fierce criticism from the French government.", ("ACCUSE", "FRA", "GBR")),
    ("The Russian proposal was greeted with scepticism by German officials.", ("ACCUSE", "DEU", "RUS")),
    ("The British minister drew sharp criticism from French farmers.", ("ACCUSE", "FRA", "GBR")),
    ("The German chancellor was met with protests from Greek pensioners in Athens.", ("PROTEST", "GRC", "DEU")),
])
def test_reception_with_a_reaction_from_y_is_y_acting(pipeline: Pipeline, text: str, expected: tuple[str, str, str]
                                                      ) -> None:
    assert expected in triples(events(pipeline, text))


def test_reception_meeting_with_y_is_still_a_meeting(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "The British minister met with French farmers.")) == {("CONSULT", "GBR", "FRA")}
