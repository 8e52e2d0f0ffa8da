"""Protesters holding, carrying or waving signs, placards or banners demonstrate (PROTEST 141), both languages: the
sign holder is the source, what the signs are against the target; a banner that is no one's protest codes nothing."""

from __future__ import annotations

import pytest
from events_support import country_triples, dated_events

from kronika import Pipeline


@pytest.mark.parametrize(("lang", "text", "triple"), [
    ("en", "Thousands of Serbs waved banners against the government of Aleksandar Vucic.", ("PROTEST", "SRB", "SRB")),
    ("en", "Demonstrators in Moscow carried banners against the war.", ("PROTEST", "RUS", "RUS")),
    ("cs", "Protestující studenti nesli v Praze transparenty proti vládě.", ("PROTEST", "CZE", "CZE")),
    ("cs", "Demonstranti v Moskvě nesli transparenty proti válce.", ("PROTEST", "RUS", "RUS")),
])
def test_signs_are_a_protest(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    """The sign-carrying crowd protests against the signs' target."""
    assert triple in country_triples(dated_events(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The president signed the document and held it up for the cameras."),
    ("cs", "Prezident podepsal dokument a ukázal ho novinářům."),
])
def test_no_sign_no_protest(pipeline: Pipeline, lang: str, text: str) -> None:
    """Holding up a document is no demonstration."""
    assert not [e for e in dated_events(pipeline, text, lang) if e.type == "PROTEST"]
