"""A verb coordinated with a relative clause shares its relative subject ('X, who got a ban but appealed', cs 'X, který
sice dostal trest, ale odvolal se'): when X is a name without a code, the source is unknown, not an actor of an
earlier sentence (the coach quoted before)."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline

APPEALS = [
    ("cs", "„Chceme vyhrát,“ řekl trenér Slavie Jindřich Trpišovský. Slavia neví, jestli bude moct nasadit Olayinku, "
           "který sice dostal za vyloučení dvouzápasový trest, ale ve čtvrtek se proti němu odvolal."),
    ("cs", "„Chceme vyhrát,“ řekl trenér Slavie Jindřich Trpišovský. Slavia neví, jestli v Ostravě bude moct nasadit "
           "Olayinku, který sice dostal za vyloučení v derby dvouzápasový trest, ale ve čtvrtek se proti němu "
           "odvolal."),
    ("en", "\"We want to win,\" said Slavia coach Jindřich Trpišovský. Slavia do not know whether they can field "
           "Olayinka, who got a two-match ban for his red card but appealed against it on Thursday."),
    ("en", "Slavia coach Jindřich Trpišovský confirmed it. Slavia do not know whether they can field Olayinka, who got "
           "a two-match ban for his red card but appealed against it on Thursday."),
]


@pytest.mark.parametrize(("lang", "text"), APPEALS)
def test_uncoded_relative_subject_is_not_the_earlier_speaker(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in triples(events(pipeline, text, lang=lang)) if t[0] in {"ACCUSE", "REQUEST"}]


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Varšava přivítala ukrajinského prezidenta, který sice dostal pozvání od Německa, ale nejprve navštívil "
           "Polsko."),
    ("en", "Warsaw welcomed the Ukrainian president, who got an invitation from Germany but visited Poland first."),
])
def test_coded_relative_subject_is_kept(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("CONSULT", "UKR", "POL") in triples(events(pipeline, text, lang=lang))
