"""A gerund of the alleged act on a noun of trial or punishment is done by the people tried: 'Two Russian soldiers
on trial for killing Ukrainian civilians', 'are on trial for', 'face charges for attacking'; not by a court that
sends someone to prison for it."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("Two Russian soldiers on trial for killing Ukrainian civilians appeared in court in Kyiv.",
     ("ASSAULT", "RUS", "UKR")),
    ("Two Russian soldiers are on trial for killing Ukrainian civilians.", ("ASSAULT", "RUS", "UKR")),
    ("Belarusian activists face charges for attacking a police officer in Minsk.", ("ASSAULT", "BLR", "BLR")),
])
def test_tried_people_did_the_act(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(events(pipeline, text))


def test_court_sending_to_prison_did_not_kill(pipeline: Pipeline) -> None:
    found = triples(events(pipeline, "A Ukrainian court sentenced the Russian soldier to prison for killing a "
                                     "Ukrainian civilian."))
    assert not [t for t in found if t[0] == "ASSAULT" and t[1] == "UKR"], found
