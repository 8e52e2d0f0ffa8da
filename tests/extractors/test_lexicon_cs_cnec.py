"""Czech verb senses seen on newspaper sentences of another corpus: 'uvítat' welcomes a guest only as its own
object (a nomination of someone for a ministry is no visit), 'soudit, že' is an opinion (a trial needs a named
defendant)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

SENSES = [
    ("Předseda odborů Jan Novák uvítal navržení Petra Dvořáka na funkci ministra zemědělství.",
     ("SUPPORT", "CZE", "CZE"), "uvítal", "CONSULT"),
    ("Slovenský premiér uvítal jmenování Karla Veselého do funkce ministra zahraničí.", ("SUPPORT", "SVK", "SVK"),
     "uvítal", "CONSULT"),
    ("Premiér uvítal v Praze německého kancléře.", ("CONSULT", "CZE", "DEU"), "uvítal", "SUPPORT"),  # the host
]


@pytest.mark.parametrize(("text", "triple", "trigger", "not_type"), SENSES)
def test_welcome_of_a_nomination_is_no_visit(pipeline: Pipeline, text: str, triple: tuple[str, str, str],
                                             trigger: str, not_type: str) -> None:
    evs = [e for e in events(pipeline, text, "cs") if e.trigger == trigger]
    assert triple in country_triples(evs)
    assert not any(e.type == not_type for e in evs)


OPINIONS = [
    "Jeho spolupracovník Jaroslav Metra však soudí, že certifikát bude brzy málo.",
    "Někteří analytici soudí, že vláda do konce roku padne.",
]


@pytest.mark.parametrize("text", OPINIONS)
def test_judging_that_is_an_opinion(pipeline: Pipeline, text: str) -> None:
    assert not any(e.trigger == "soudí" for e in events(pipeline, text, "cs"))


def test_trial_of_a_named_defendant(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Soud v Haagu soudí bývalého srbského prezidenta.", "cs")
    assert ("ACCUSE", "NLD", "SRB") in country_triples(evs)
