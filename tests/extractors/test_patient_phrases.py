"""A hostile noun trigger in a patient phrase ('were under investigation', 'came under attack from X', cs 'jsou pod
vyšetřováním', 'se dostali pod palbu X') is done TO its clause's subject: the subject is the target, never the
source the light verb would give it; the agent is the noun's by/from phrase (cs its bare genitive)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Ukrainian troops came under attack from Russian forces on Monday.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Ukrajinští vojáci se v pondělí dostali pod palbu ruských sil.", ("ASSAULT", "RUS", "UKR")),
    ("en", "The Polish minister remains under investigation by German police.", ("ACCUSE", "DEU", "POL")),
    ("cs", "Polský ministr zůstává pod vyšetřováním německé policie.", ("ACCUSE", "DEU", "POL")),
])
def test_patient_phrase_subject_is_the_target(pipeline: Pipeline, lang: str, text: str,
                                              expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "Three British police officers were under investigation after the raid."),
    ("cs", "Tři britští policisté byli po zásahu pod vyšetřováním."),
])
def test_patient_phrase_subject_is_no_source(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(t[0] == "ACCUSE" and t[1] == "GBR" for t in country_triples(events(pipeline, text, lang)))
