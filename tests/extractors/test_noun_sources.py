"""Who holds a noun trigger (extractors/complements.py): the subject of the light verb whose object it is, also when
it is conjoined to that object ('launched air strikes and a ground offensive against X')."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

CONJOINED = [
    ("en", "The United States launched air strikes and a ground offensive against Islamic State in Syria.",
     ("ASSAULT", "USA", "IMG")),
    ("cs", "Spojené státy zahájily nálety a pozemní ofenzivu proti Islámskému státu v Sýrii.",
     ("ASSAULT", "USA", "IMG")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), CONJOINED)
def test_conjoined_object_of_a_light_verb_is_the_subjects_act(pipeline: Pipeline, lang: str, text: str,
                                                             triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))
