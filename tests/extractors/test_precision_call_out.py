"""A Czech call verb with 'na' + a private person is a shout, not a phone talk (precision_senses.shouted_to)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _types(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2023-05-10"})
    return {(e.type, e.trigger) for e in doc.events}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Chlapci uviděli v lese zraněného psa. Zavolali proto na muže, který šel kolem.", "Zavolali"),
    ("Sousedka zavolala na svou dceru, ať přijde domů.", "zavolala"),
])
def test_call_out_to_a_person_is_no_consult(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("CONSULT", trigger) not in _types(pipeline, text)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Majitelka domu okamžitě zavolala na pojišťovnu.", "zavolala"),
    ("Premiér zavolal německému kancléři.", "zavolal"),
])
def test_call_out_phoning_a_body_or_a_dative_stays_consult(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert ("CONSULT", trigger) in _types(pipeline, text)
