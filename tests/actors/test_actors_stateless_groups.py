"""Armed groups named by the adjective of a people without a state: fighters, not the state's army."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

CASES = [
    ("en", "Iraqi troops attacked Kurdish forces near Kirkuk on Monday.", "Kurdish forces", "IRQUAF",
     ("ASSAULT", "IRQMIL", "IRQUAF")),
    ("cs", "Irácké jednotky v pondělí zaútočily na kurdské jednotky u Kirkúku.", "kurdské jednotky", "IRQUAF",
     ("ASSAULT", "IRQMIL", "IRQUAF")),
    ("en", "Iraqi forces clashed with Kurdish forces near Kirkuk on Monday.", "Kurdish forces", "IRQUAF",
     ("ASSAULT", "IRQMIL", "IRQUAF")),
]


@pytest.mark.parametrize(("lang", "text", "mention", "code", "event"), CASES)
def test_stateless_adjective_makes_armed_group(pipeline: Pipeline, lang: str, text: str, mention: str, code: str,
                                               event: tuple[str, str, str]) -> None:
    doc = run(pipeline, text, lang)
    assert coded(doc)[mention] == code
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in doc.events]
    assert event in got


@pytest.mark.parametrize(("lang", "text", "mention", "code"), [
    ("en", "Iraqi forces retook the town on Monday.", "Iraqi forces", "IRQMIL"),
    ("cs", "Irácké jednotky v pondělí znovu dobyly město.", "Irácké jednotky", "IRQMIL"),
])
def test_state_demonym_keeps_the_army(pipeline: Pipeline, lang: str, text: str, mention: str, code: str) -> None:
    assert coded(run(pipeline, text, lang))[mention] == code
