"""Sanctions are their owner's: the state named as the owner of sanctions ('sankce EU', 'EU sanctions') imposes
them, so it is no target of the subject that accepts or refuses them; 'přijmout' with 'proti X' still adopts them."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text", [
    ("cs", "Rusko nepřijme sankce EU, prohlásil ruský ministr zahraničí."),
    ("cs", "Írán odmítá přijmout sankce Spojených států."),
    ("en", "Russia will not accept EU sanctions, the foreign minister said."),
    ("en", "Iran will never accept American sanctions."),
])
def test_owner_of_sanctions_is_no_target(pipeline: Pipeline, lang: str, text: str) -> None:
    triples = country_triples(events(pipeline, text, lang))
    assert not [t for t in triples if t[0] == "SANCTION" and t[1] in {"RUS", "IRN"}]


@pytest.mark.parametrize("lang, text, expected", [
    ("cs", "Evropská unie přijala sankce proti Rusku.", ("SANCTION", "IGOEUR", "RUS")),
    ("en", "The European Union adopted sanctions against Russia.", ("SANCTION", "IGOEUR", "RUS")),
])
def test_adopted_sanctions_keep_their_target(pipeline: Pipeline, lang: str, text: str,
                                             expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
