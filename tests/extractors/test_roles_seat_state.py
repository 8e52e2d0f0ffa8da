"""A country-less role noun placed in a named state takes that state, not the article's home: the English 'in'
phrase of the noun ('the rebels in Yemen', 'the police in France'; compose._place with seat_prepositions), not for a
possessed noun ('its forces in Lebanon' are its owner's); rebels are seated like police and courts
(nearest.SEATED: 'Povstalci v Jemenu propustili …', the place phrase hung on the verb)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (sentence, language, (PLOVER type, source country, target country)) the whole pipeline must code
SEATED = [
    ("Rebels in Yemen released a Saudi pilot.", "en", ("RETREAT", "YEM", "SAU")),
    ("Povstalci v Jemenu propustili saúdského pilota.", "cs", ("RETREAT", "YEM", "SAU")),
    ("The police in France arrested two Britons.", "en", ("COERCE", "FRA", "GBR")),
    ("Policie ve Francii zatkla dva Brity.", "cs", ("COERCE", "FRA", "GBR")),
    ("Militants in Nigeria kidnapped two Chinese engineers.", "en", ("ASSAULT", "NGA", "CHN")),
    ("Israel has strengthened its forces in Lebanon.", "en", ("MOBILIZE", "ISR", "LBN")),
]


@pytest.mark.parametrize(("text", "lang", "triple"), SEATED, ids=[f"{b[1]}-{i}" for i, b in enumerate(SEATED)])
def test_role_seated_in_named_state(pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))
