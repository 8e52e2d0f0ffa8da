"""Czech naming judgements in the lexicon (tools/build_cs_verbs.py PEJORATIVE): labelling an actor a horror, a hell, a
catastrophe or a farce ('označil školu za dům hrůzy', 'nazval plán katastrofou') is the namer's disapproval (ACCUSE
111) of that actor; the label of a thing that is no actor codes nothing."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

NAMED = [
    ("Polský policista označil ruskou školu za dům hrůzy.", ("ACCUSE", "POL", "RUS")),
    ("Polský ministr označil ruský plán za katastrofu.", ("ACCUSE", "POL", "RUS")),
    ("Polský ministr označil ruské volby za frašku.", ("ACCUSE", "POL", "RUS")),
    ("Polská opozice označila ruskou vládu za spolupachatele války.", ("ACCUSE", "POL", "RUS")),
]


@pytest.mark.parametrize(("text", "triple"), NAMED)
def test_namings_cs_pejorative_label_disapproves_of_the_named(pipeline: Pipeline, text: str,
                                                              triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, "cs"))


def test_namings_cs_label_of_no_actor_codes_nothing(pipeline: Pipeline) -> None:
    assert country_triples(events(pipeline, "Polský ministr označil nehodu za katastrofu.", "cs")) == set()
