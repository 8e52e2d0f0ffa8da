"""'X was met (greeted) with criticism or protests from Y', 'X drew criticism from Y': Y criticises or protests
against X (verbs.json swap entries, as 'faced a backlash from Y'); 'met with Y' stays a meeting; permitting a rally
eases restrictions (0811). (Resistance from Y stays the noun's rejection by Y: a REJECT entry on 'meet' would govern
the noun and drop it when X is no actor.)"""

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


def test_permitting_a_rally_eases_restrictions_on_the_own_population(pipeline: Pipeline) -> None:
    """'Police have approved a major rally': 0811 (a domestic measure), its target the home population when the
    organisers go unnamed; before, 080 needed a named target and dropped."""
    evs = events(pipeline, "Police in Hong Kong have approved a major rally in downtown Hong Kong on Saturday.")
    assert [(e.type, e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs] == [("CONCEDE", "0811", "HKGCOP", "HKGCVL")]
    assert events(pipeline, "The Belarusian authorities approved the budget.") == []
