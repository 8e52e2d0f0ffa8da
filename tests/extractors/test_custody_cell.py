"""Putting someone in a cell, jail or custody is detention (COERCE 173, session 17): cs 'umístila muže do cely',
'umisťují do vazby' (before: nothing), en 'placed the man in custody', 'put the activist in jail'; stem cells 'placed
in storage' are no prisoners (the en entry names no 'cell')."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events

from kronika import Pipeline

# (sentence, lang, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Česká policie umístila muže do cely předběžného zadržení.", "cs", ("COERCE", "CZE", "CZE"), "cs-umistit-173"),
    ("Ruská policie umisťuje zadržené aktivisty do vazby.", "cs", ("COERCE", "RUS", "RUS"), "cs-umistovat-173"),
    ("Czech police placed the man in custody.", "en", ("COERCE", "CZE", "CZE"), "en-kr-place-173"),
    ("Russian police put the activist in jail.", "en", ("COERCE", "RUS", "RUS"), "en-kr-put-173"),
]


@pytest.mark.parametrize(("text", "lang", "triple", "rule"), FIRES, ids=[f[3] + "-" + f[0][:14] for f in FIRES])
def test_custody_placement_fires(pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str],
                                 rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule, lang)


def test_stored_cells_are_no_detention(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "The hospital said the stem cells had been placed in long-term storage.", "en")
    assert not [e for e in evs if e.type == "COERCE"], [(e.type, e.rule) for e in evs]
