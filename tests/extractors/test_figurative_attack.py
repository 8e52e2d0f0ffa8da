"""An attack noun with a figurative modifier is a campaign, not force (precision_senses.figurative_attack)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _types(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2020-04-01"})
    return {e.type for e in doc.events}


@pytest.mark.parametrize(("text", "lang"), [
    ("Beijing has launched a diplomatic and media offensive in Europe.", "en"),
    ("The president began a charm offensive against Brussels.", "en"),
    ("Moskva zahájila diplomatickou ofenzivu proti Washingtonu.", "cs"),
])
def test_figurative_attack_is_no_assault(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ASSAULT" not in _types(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Russia launched a ground offensive against Ukraine.", "en"),
    ("Rusko zahájilo ofenzivu proti Ukrajině.", "cs"),
])
def test_military_offensive_stays_an_assault(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ASSAULT" in _types(pipeline, text, lang)
