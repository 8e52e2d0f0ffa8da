"""A Czech verbal noun stands for the complement clause English writes as an infinitive ('pohrozilo zavedením sankcí
proti Rusku' = 'threatened to impose sanctions on Russia'): its bare genitive is its object and its against/with
phrases name the target (complements.clause_targets; grammar key complement_target_preps)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (language, sentence, (PLOVER type, source country, target country)) the whole pipeline must code
COMPLEMENTS = [
    ("cs", "Polsko pohrozilo zavedením sankcí proti Rusku.", ("THREATEN", "POL", "RUS")),
    ("cs", "EU souhlasila se zrušením embarga vůči Íránu.", ("AGREE", "IGOEUR", "IRN")),
    ("cs", "Litva pohrozila vyhoštěním ruských diplomatů.", ("THREATEN", "LTU", "RUS")),
    ("cs", "Polská vláda souhlasila se zahájením jednání s Kyjevem.", ("AGREE", "POL", "UKR")),
    ("en", "Poland threatened to impose sanctions on Russia.", ("THREATEN", "POL", "RUS")),
    ("en", "The EU agreed to lift the embargo against Iran.", ("AGREE", "IGOEUR", "IRN")),
    ("en", "Lithuania threatened to expel Russian diplomats.", ("THREATEN", "LTU", "RUS")),
    ("en", "The Polish government agreed to start talks with Kyiv.", ("AGREE", "POL", "UKR")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), COMPLEMENTS,
                         ids=[f"{r[0]}-{i}" for i, r in enumerate(COMPLEMENTS)])
def test_verbal_noun_complement_target(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))
