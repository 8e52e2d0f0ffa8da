"""Czech decisions on an act ('vláda rozhodla o vyhoštění diplomata'): 'rozhodnout' is a light verb, and a noun that
starts the act ('o zahájení stíhání', 'o uvalení sankcí', grammar key phase_nouns) passes its subject down to the
act's noun (complements.light_verb_source); the noun trigger had no source."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

DECISIONS = [
    ("Vláda rozhodla o vyhoštění ruského diplomata.", ("SANCTION", "CZE", "RUS")),
    ("Ruská prokuratura včera rozhodla o zahájení trestního stíhání čečenského prezidenta.", ("COERCE", "RUS", "RUS")),
    ("Rada bezpečnosti rozhodla o uvalení sankcí na Írán.", ("SANCTION", "IGOUNO", "IRN")),
]


@pytest.mark.parametrize(("text", "triple"), DECISIONS)
def test_decision_holds_the_act(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, "cs"))
