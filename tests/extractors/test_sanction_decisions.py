"""Adopting, unveiling or agreeing on sanctions against a country imposes them (SANCTION 163 by the subject), in both
languages: the Czech lexicon had 'přijmout' and 'představit' sankce, the English one lacked 'adopt' and 'unveil'."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The EU agreed on new sanctions against Belarus.", ("SANCTION", "IGOEUR", "BLR")),
    ("cs", "EU se dohodla na nových sankcích proti Bělorusku.", ("SANCTION", "IGOEUR", "BLR")),
    ("en", "The EU adopted new sanctions against Belarus.", ("SANCTION", "IGOEUR", "BLR")),
    ("cs", "EU přijala nové sankce proti Bělorusku.", ("SANCTION", "IGOEUR", "BLR")),
    ("en", "The United States unveiled new sanctions against Russia.", ("SANCTION", "USA", "RUS")),
    ("cs", "Spojené státy představily nové sankce proti Rusku.", ("SANCTION", "USA", "RUS")),
])
def test_decided_sanctions_are_imposed(pipeline: Pipeline, lang: str, text: str,
                                       expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "The parties agreed on the terms of the deal."),
    ("cs", "Strany se dohodly na podmínkách dohody."),
])
def test_agreeing_on_other_things_is_no_sanction(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "SANCTION"]
