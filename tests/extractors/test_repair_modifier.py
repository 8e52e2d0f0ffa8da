"""A verb the English parser reads as an adjective of its object after a name it took for a common noun
(repair_modifier.modifier_verb): 'Trump imposed tariffs on Canada.' ('trump' the noun, 'imposed tariffs' a phrase)
is Trump's act; and 'Trump called Xi' (the call read as a participle, Xi as its label) once its object is repaired."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "en", "published": "2025-03-10"})
    return {(e.type, e.cameo, e.source.code or "-" if e.source else "-", (e.target.code or "-") if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump imposed tariffs on Canada and Mexico.", ("SANCTION", "163", "USAGOV", "MEX")),
    ("Trump imposed sanctions on Iran.", ("SANCTION", "163", "USAGOV", "IRN")),
    ("Trump called Xi on Friday.", ("CONSULT", "041", "USAGOV", "CHNGOV")),
])
def test_a_name_read_as_a_noun_is_the_subject_of_the_verb_after_it(pipeline: Pipeline, text: str,
                                                                  expected: tuple[str, str, str, str]) -> None:
    assert expected in _events(pipeline, text)


def test_a_participle_of_a_plain_noun_phrase_stays_an_adjective(pipeline: Pipeline) -> None:
    """'The imposed tariffs hurt exporters.': no actor before the participle; nothing is rehung."""
    doc = pipeline({"id": "t", "text": "The imposed tariffs hurt Canadian exporters.", "lang": "en",
                    "published": "2025-03-10"})
    assert not any(r.startswith("modifier-verb") for r in doc.meta.get("events_repairs", []))
