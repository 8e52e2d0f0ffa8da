"""A headline's bare past verb of a transitive act is a passive ('Czech police officer shot in Prague'): its subject
is the patient, not the doer; not a verb whose first reading takes a partner or no object, nor a story sentence."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_headline_shot_officer_is_the_target(pipeline: Pipeline) -> None:
    """The officer was shot by someone unnamed: never ASSAULT CZE -> anyone with the officer as the shooter."""
    found = triples(events(pipeline, "Czech police officer shot in Prague"))
    assert ("ASSAULT", "-", "CZE") in found
    assert not {t for t in found if t[0] == "ASSAULT" and t[1] == "CZE"}


def test_headline_killed_leader_is_no_killer(pipeline: Pipeline) -> None:
    """'Leader of crime gang killed, president says': the leader is the one killed (no agent named: no event)."""
    found = triples(events(pipeline, "Leader of Colombia's Los Pelusos crime gang killed, president says"))
    assert not {t for t in found if t[0] == "ASSAULT" and t[1] == "COL"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Security Council today agreed to a six-month extension of the mandate for the peacekeeping force in Lebanon",
     ("AGREE", "IGOUNO", "LBN")),  # agree takes a partner first: the subject agrees
    ("Russian troops attacked Kyiv", ("ASSAULT", "RUS", "UKR")),  # an object: active
    ("The Russian police officer shot a Ukrainian protester in Moscow.", ("ASSAULT", "RUS", "UKR")),
])
def test_headline_passive_leaves_active_readings(pipeline: Pipeline, text: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert expected in triples(events(pipeline, text))
