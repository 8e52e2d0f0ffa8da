"""A noun of criticism that names its own actor ('Polish critics of the government say ...') is the source of its
act when it names its target or reports the criticism; a party noun of another type ('claims the Polish opposition')
and critics of nothing named who do something else ('Filmoví kritici snímek ocenili') are no act of their own."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("en", "Polish critics of the government say the reform is illegal.", [("ACCUSE", "POLCVL", "POLGOV")]),
    ("en", "The reform cannot work, claims the Polish opposition.", []),
    ("cs", "Kritici vlády tvrdí, že reforma je nezákonná.", [("ACCUSE", "CZECVL", "CZEGOV")]),
    ("cs", "Filmoví kritici snímek ocenili.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_agent_noun_is_its_own_source(pipeline: Pipeline, lang: str, text: str,
                                      expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, lang)]
    assert got == expected
