"""Who holds a noun trigger (extractors/complements.py): the subject of the light verb whose object it is, also when
it is conjoined to that object ('launched air strikes and a ground offensive against X'), and the subject of a verb
the protest noun is the purpose of ('suspended talks in protest against X', 'na protest proti X')."""

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

PROTEST_PHRASES = [
    ("en", "The Polish government suspended talks with Minsk in protest against the Belarusian crackdown on the "
           "opposition.", ("PROTEST", "POL", "BLR")),
    ("cs", "Polská vláda na protest proti běloruským represím vůči opozici přerušila rozhovory s Minskem.",
     ("PROTEST", "POL", "BLR")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), CONJOINED)
def test_conjoined_object_of_a_light_verb_is_the_subjects_act(pipeline: Pipeline, lang: str, text: str,
                                                             triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "triple"), PROTEST_PHRASES)
def test_protest_phrase_is_held_by_the_verbs_subject(pipeline: Pipeline, lang: str, text: str,
                                                    triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))
