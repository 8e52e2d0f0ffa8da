"""A share of a group ('60 percent of Polish farmers', 'half of the farmers') stands for the group's actor."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("The plan was rejected by 60 percent of Polish farmers.", [("REJECT", "POLAGR", None)]),
    ("The plan was rejected by 60 per cent of Polish farmers.", [("REJECT", "POLAGR", None)]),
    ("Half of the Polish farmers rejected the plan.", [("REJECT", "POLAGR", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_share_of_a_group_is_the_group(pipeline: Pipeline, text: str,
                                       expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, "en")]
    assert got == expected
