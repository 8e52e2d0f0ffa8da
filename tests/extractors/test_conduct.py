"""The owner of a conduct noun is the one judged for it (conduct.py)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_conduct_condemned_aggression_of_x_against_y_targets_x(pipeline: Pipeline) -> None:
    evs = triples(events(pipeline, "The European Union condemned the aggression of Russia against Ukraine."))
    assert ("ACCUSE", "IGOEUR", "RUS") in evs
    assert ("ACCUSE", "IGOEUR", "UKR") not in evs
    assert ("ACCUSE", "UKR", "RUS") in triples(events(pipeline, "Kyjev odsoudil ruskou okupaci Krymu.", "cs"))


def test_expressed_disagreement_with_x_disapproves_of_x(pipeline: Pipeline) -> None:
    evs = triples(events(pipeline, "France expressed disagreement with Italy over the migrant policy."))
    assert ("ACCUSE", "FRA", "ITA") in evs
