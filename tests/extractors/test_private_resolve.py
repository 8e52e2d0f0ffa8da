"""A private person's resolve ('zpěvačka je odhodlána chránit svou rodinu', 'the actress is committed to protecting
her children') is no AGREE: a pledge needs a public actor or a counterpart; a state's resolve stays."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text", [
    ("cs", "Zpěvačka Lucie Bílá je odhodlána chránit svou rodinu."),
    ("cs", "Herečka Meghan Markleová je odhodlána bránit své děti."),
    ("en", "Actress Angelina Jolie said she is committed to protecting her children."),
    ("en", "Meghan Markle is determined to protect her children."),  # listed, ELI: out of office, a private resolve
])
def test_private_resolve_is_no_agreement(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "AGREE"]


@pytest.mark.parametrize("lang, text, source", [
    ("cs", "Vietnam je odhodlán spolupracovat s Čínou.", "VNM"),
    ("cs", "Polská vláda je odhodlána pomáhat Ukrajině.", "POL"),
])
def test_public_resolve_stays(pipeline: Pipeline, lang: str, text: str, source: str) -> None:
    assert [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "AGREE" and t[1] == source]
