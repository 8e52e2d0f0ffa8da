"""An act said to be necessary for another actor ('je nutné, aby ...') is the speaker's demand on it (demands.py)."""

from __future__ import annotations

from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_demands_necessity_quoted_need_is_a_request_of_the_speaker(pipeline: Pipeline) -> None:
    text = ("„V takovém případě je nutné, aby se klienti neprodleně obrátili na linku cestovní kanceláře,“ dodal "
            "mluvčí firmy Jan Šrámek.")
    assert country_triples(events(pipeline, text, "cs")) == {("REQUEST", "CZE", "CZE")}


def test_demands_necessity_reported_need_with_a_negative_prefix(pipeline: Pipeline) -> None:
    """'nezbytné' is lemmatised 'zbytný' (Polarity=Neg): the form is in the list."""
    evs = events(pipeline, "Opozice uvedla, že je nezbytné, aby vláda snížila daně.", "cs")
    assert [(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("REQUEST", "CZEOPP", "CZEGOV")]


def test_demands_necessity_without_an_actor_is_no_demand(pipeline: Pipeline) -> None:
    assert events(pipeline, "Je nutné, aby se voda ohřála na sto stupňů.", "cs") == []


def test_demands_necessity_a_demand_to_reveal_is_not_a_declined_comment(pipeline: Pipeline) -> None:
    """'požadoval, aby mu prozradili': a finite clause of a speech verb is no declined comment ('odmítl prozradit')."""
    evs = events(pipeline, "Policie uvedla, že muž rodinu svázal a požadoval, aby mu prozradili místo pobytu.", "cs")
    assert [e.type for e in evs] == ["REQUEST"]
    assert events(pipeline, "Mluvčí policie odmítl věc komentovat.", "cs") == []


def test_demands_necessity_english_copula_shape(pipeline: Pipeline) -> None:
    """English keeps the copula as the head: 'It is essential that X stops ...', 'it was vital that X withdraw'."""
    text = ('Britain has seen many cases. "It is essential that the government stops the cuts," the union said in '
            "London. The minister said it was vital that Russia withdraw its troops.")
    evs = [e for e in events(pipeline, text, "en") if e.rule == "en-reported-obligation"]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("GBRLAB", "GBRGOV"), ("GBRGOV", "RUS")]


def test_demands_first_person_wish_in_a_quote_is_the_speakers_demand(pipeline: Pipeline) -> None:
    """'"We want Russia to withdraw its troops," the British government said': the quote's speaker wants it of
    Russia (REQUEST), not Russia's own retreat (precj: it coded AGREE RUS -> none)."""
    for text in ('"We want Russia to withdraw its troops," the British government said.',
                 '"We would like Russia to withdraw its troops," the British government said.'):
        evs = pipeline({"id": "t", "text": text, "lang": "en"}).events
        assert [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
                for e in evs] == [("REQUEST", "GBRGOV", "RUS")]
