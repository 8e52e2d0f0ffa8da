"""Easing a ban, curfew or emergency names where and between whom in both languages (session 18, xlcs): Czech
'v/na + Loc' and 'mezi + Ins' as en 'in' and 'between' ('zrušily omezení mezi sebou a Izraelem'), and shortening or
ending a curfew or emergency ('zkrátit zákaz vycházení', 'ukončit výjimečný stav', en shorten/end)
eases it (CONCEDE)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (language, sentence, (PLOVER type, source country, target country))
EASING = [
    ("cs", "Izrael zmírnil omezení pohybu na Západním břehu Jordánu.", ("CONCEDE", "ISR", "PSE")),
    ("cs", "Izrael zkrátil zákaz vycházení v Pásmu Gazy.", ("CONCEDE", "ISR", "PSE")),
    ("cs", "Spojené arabské emiráty zrušily obchodní a cestovní omezení mezi sebou a Izraelem.",
     ("CONCEDE", "ARE", "ISR")),
    ("cs", "Turecko ukončilo výjimečný stav v Sýrii.", ("CONCEDE", "TUR", "SYR")),
    ("en", "Israel eased movement restrictions in the West Bank.", ("CONCEDE", "ISR", "PSE")),
    ("en", "Israel shortened the curfew in the Gaza Strip.", ("CONCEDE", "ISR", "PSE")),
    ("en", "The United Arab Emirates lifted trade and travel restrictions between itself and Israel.",
     ("CONCEDE", "ARE", "ISR")),
    ("en", "Turkey ended the state of emergency in Syria.", ("CONCEDE", "TUR", "SYR")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), EASING, ids=[f"{r[0]}-{i}" for i, r in enumerate(EASING)])
def test_easing_names_place_and_partner(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))
