"""Generic group nouns that do an act are actors of their sector (data/<lang>/agents.json sectors): fundamentalists
are radicals (RAD, as extremists are in the Phoenix agents; cs 'fundamentalista', en 'fundamentalist'), so their
acts keep a source actor of the country their sentence names; oligarchs, billionaires and magnates are business
actors (BUS; cs 'oligarcha', 'miliardář', 'magnát'), in both languages alike."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2022-03-10"})
    return {(e.type, e.source.code or "" if e.source else "", e.target.code or "" if e.target else "")
            for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Islámští fundamentalisté zaútočili na policejní stanici na jihu Egypta.", "cs", ("ASSAULT", "EGYRAD", "EGYCOP")),
    ("Islamic fundamentalists attacked a police station in southern Egypt.", "en", ("ASSAULT", "EGYRAD", "EGYCOP")),
    ("Alžírští fundamentalisté protestovali proti vládě.", "cs", ("PROTEST", "DZARAD", "DZAGOV")),
    ("Algerian fundamentalists protested against the government.", "en", ("PROTEST", "DZARAD", "DZAGOV")),
])
def test_group_nouns_are_source_actors(pipeline: Pipeline, text: str, lang: str,
                                       expected: tuple[str, str, str]) -> None:
    assert expected in _events(pipeline, text, lang)


def test_demand_in_a_relative_clause_on_a_protest_is_part_of_it(pipeline: Pipeline) -> None:
    """'v hladovce, jíž požadovali odstoupení': what a hunger strike demands is its purpose, no REQUEST of its own."""
    evs = _events(pipeline, "Alžírští fundamentalisté pokračovali v hladovce, jíž požadovali odstoupení prezidenta.",
                  "cs")
    assert ("PROTEST", "DZARAD", "DZAGOV") in evs and not any(t == "REQUEST" for t, _, _ in evs)


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
