"""People described by age as the object of 'target' are an audience, no attack (precision_senses.audience)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _types(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline({"id": "t", "text": text, "lang": "en", "published": "2020-02-01"})
    return {e.type for e in doc.events}


@pytest.mark.parametrize("text", [
    '"This year we are targeting young people aged 15 to 19," said the Kenyan health minister in Nairobi.',
    "The Kenyan government's vaccination drive is targeting elderly people in rural Kenya.",
])
def test_audience_by_age_is_no_attack(pipeline: Pipeline, text: str) -> None:
    assert "ASSAULT" not in _types(pipeline, text)


def test_armed_targeting_of_civilians_stays_an_attack(pipeline: Pipeline) -> None:
    assert "ASSAULT" in _types(pipeline, "Taliban militants targeted civilians in Kabul on Monday.")
