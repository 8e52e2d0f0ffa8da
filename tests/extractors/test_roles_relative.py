"""Role finding: a relative pronoun stands for the noun its clause modifies, also through an apposition."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_roles_relative_after_an_unnamed_apposition_is_the_named_noun(pipeline: Pipeline) -> None:
    # 'which' hangs on 'arm' (an apposition without an actor of its own): the actor is the Commission
    evs = events(pipeline, "Hungary criticised the European Commission, the EU's executive arm, "
                           "which is withholding funds from Hungary.")
    assert ("SANCTION", "IGOEUR", "HUN") in triples(evs)


def test_roles_relative_after_a_resolved_apposition_keeps_it(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Russia criticised Olaf Scholz, the German chancellor, who imposed sanctions on Russia.")
    assert ("SANCTION", "DEU", "RUS") in triples(evs)
