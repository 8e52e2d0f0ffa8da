"""A phrase the parser hung under an event noun's holder phrase, or the holder phrase hung under the noun's other
phrase, belongs to the noun ('sankce ze strany EU proti Rusku', 'sankce proti Rusku ze strany EU'; grammar key
holder_phrase_preps), as the English 'sanctions by the EU against Russia' in either order."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text", [
    ("cs", "Sankce ze strany Evropské unie proti Rusku poškodily ekonomiku."),
    ("cs", "Sankce proti Rusku ze strany Evropské unie poškodily ekonomiku."),
    ("en", "Sanctions by the European Union against Russia hurt the economy."),
    ("en", "Sanctions against Russia by the European Union hurt the economy."),
])
def test_holder_and_target_phrases_of_a_sanction(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("SANCTION", "IGOEUR", "RUS") in country_triples(events(pipeline, text, lang))
