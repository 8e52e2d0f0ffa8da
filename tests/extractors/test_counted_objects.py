"""Approximate counts of people acted on (ConfliBERT international news, session 16): the Czech parser reads 'přes 30
Palestinců' and 'více než 16 000 Syřanů' as obliques; the counted noun is the verb's object (repair._counted_object,
grammar keys approximate_preps, comparative_quantities, comparison_marks), as en 'more than 16,000 Syrians'."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

COUNTS = [
    ("cs", "Turecké úřady letos deportovaly do Idlibu více než 16 000 Syřanů.", ("COERCE", "TUR", "SYR")),
    ("en", "Turkish authorities have deported more than 16,000 Syrians to Idlib this year.", ("COERCE", "TUR", "SYR")),
    ("cs", "Izraelská armáda v noci zadržela přes 30 Palestinců.", ("COERCE", "ISR", "PSE")),
    ("en", "The Israeli army detained over 30 Palestinians overnight.", ("COERCE", "ISR", "PSE")),
    ("cs", "Syrská armáda zabila více než 500 civilistů.", ("ASSAULT", "SYR", "SYR")),
    # 'na' approximates only on a plain adverbial (grammar key adverbial_approximate_preps), not on an argument
    ("cs", "Izraelská armáda na Západním břehu zadržela na 300 Palestinců.", ("COERCE", "ISR", "PSE")),
    ("en", "The Israeli army detained some 300 Palestinians in the West Bank.", ("COERCE", "ISR", "PSE")),
    ("cs", "Izraelská armáda zatkla desítky Palestinců.", ("COERCE", "ISR", "PSE")),
    ("en", "The Israeli army arrested dozens of Palestinians.", ("COERCE", "ISR", "PSE")),
    ("cs", "Ruští vojáci zaútočili na 20 ukrajinských vojáků.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Russian soldiers attacked 20 Ukrainian soldiers.", ("ASSAULT", "RUS", "UKR")),
    # a number noun is the count itself (grammar key number_nouns): 'kolem stovky', 'přes tisícovku'
    ("cs", "Ruské jednotky zajaly kolem stovky ukrajinských vojáků.", ("COERCE", "RUS", "UKR")),
    ("en", "Russian troops captured around a hundred Ukrainian soldiers.", ("COERCE", "RUS", "UKR")),
    ("cs", "Běloruská policie zadržela přes tisícovku opozičních demonstrantů.", ("COERCE", "BLR", "BLR")),
    ("en", "Belarusian police detained over a thousand opposition protesters.", ("COERCE", "BLR", "BLR")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), COUNTS)
def test_approximate_count_is_the_object(pipeline: Pipeline, lang: str, text: str,
                                         triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))


def test_place_around_is_no_count(pipeline: Pipeline) -> None:
    """'kolem palestinských měst' (around towns, no numeral) stays a place phrase, not the object."""
    text = "Izraelská armáda hlídkovala kolem palestinských měst."
    assert not any(e.target and (e.target.code or "").startswith("PSE") for e in events(pipeline, text, "cs"))
