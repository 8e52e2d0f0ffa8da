"""A state sector's adjective makes the sector of a vehicle noun ('police helicopter' is the police, not the army),
so the police and the army helicopters are two actors of one act, not one actor twice."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("en", "The Polish police helicopter was assisted by a Polish military helicopter during the search.",
     [("COOPERATE", "POLMIL", "POLCOP")]),
    ("cs", "Policejnímu vrtulníku při pátrání pomáhal vojenský vrtulník.", [("AID", "CZEMIL", "CZECOP")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_vehicle_takes_the_sector_of_its_adjective(pipeline: Pipeline, lang: str, text: str,
                                                   expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, lang)]
    assert got == expected
