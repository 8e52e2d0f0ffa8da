"""Oligarchs, billionaires and magnates are business actors of their state adjective (data/<lang>/agents.json
sectors: cs 'oligarcha', 'miliardář', 'magnát'; en 'oligarch', 'billionaire', 'magnate'), so acts done to or by
them code with the sector, in both languages alike."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2022-03-10"})
    return {(e.type, e.source.code or "" if e.source else "", e.target.code or "" if e.target else "")
            for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Italská policie zatkla ruského oligarchu.", "cs", ("COERCE", "ITACOP", "RUSBUS")),
    ("Italian police arrested a Russian oligarch.", "en", ("COERCE", "ITACOP", "RUSBUS")),
    ("Britská vláda uvalila sankce na ruské oligarchy.", "cs", ("SANCTION", "GBRGOV", "RUSBUS")),
    ("Britain imposed sanctions on Russian oligarchs.", "en", ("SANCTION", "GBR", "RUSBUS")),
    ("Americký miliardář podpořil ukrajinskou armádu.", "cs", ("SUPPORT", "USABUS", "UKRMIL")),
])
def test_tycoon_nouns_are_business_actors(pipeline: Pipeline, text: str, lang: str,
                                          expected: tuple[str, str, str]) -> None:
    assert expected in _events(pipeline, text, lang)
