"""A Czech third-person present form spelled alike in both numbers ('vyklidí', 'propustí') tells nothing by its tagged
number: a singular name before it stays the subject (word_order.number_swapped), and a person's name in its Czech
spelling ('Buteflika' for Bouteflika, a curated alias) finds the person's office."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("Izrael v polovině srpna vyklidí všech 21 osad v pásmu Gazy.", ("ISR", "PSE")),
    ("Izrael vyklidí osady v pásmu Gazy, uvedl mluvčí izraelského premiéra.", ("ISR", "PSE")),
    ("Rusko v pondělí propustí všech pět zadržených ukrajinských námořníků.", ("RUS", "UKRMIL")),
    ("Izrael v pondělí kritizují Spojené státy.", ("USA", "ISR")),  # '-jí' is plural only: OVS order
    ("Prezident Abdelazíz Buteflika uvedl, že je připraven zrušit zákaz islamistické strany.", ("DZAGOV", "DZACVL")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_syncretic_verb_keeps_its_singular_subject(pipeline: Pipeline, text: str,
                                                   expected: tuple[str, str | None]) -> None:
    got = [(e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, "cs")]
    assert expected in got
