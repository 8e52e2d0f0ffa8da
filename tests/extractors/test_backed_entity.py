"""A support participle describing a business or media noun ('a company backed by X', 'společnost podporovaná X')
names its owners or funders as background: no SUPPORT event; backing a named actor is still support."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text", [
    ("en", "The deal was signed with Vortex, a company backed by Russian billionaire Oleg Deripaska."),
    ("en", "Endeavor, an entertainment company backed by Hollywood broker Ari Emanuel, filed for a listing."),
    ("cs", "O zakázku se uchází Vortex, společnost podporovaná ruským miliardářem Olegem Děripaskou."),
])
def test_backed_business_is_background(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "SUPPORT"]


@pytest.mark.parametrize("lang, text", [
    ("en", "France backed Ukraine's bid to join the European Union."),
    ("cs", "Francie podpořila Ukrajinu v jejím úsilí vstoupit do Evropské unie."),
])
def test_backing_an_actor_is_support(pipeline: Pipeline, lang: str, text: str) -> None:
    assert [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "SUPPORT"]
