"""A request stands without a named addressee (dedup.target_required, UNADDRESSED): gold codes it X -> '-'."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _triples(text: str, pipeline: Pipeline, lang: str) -> set[tuple[str, str, str]]:
    return {(e.type, (e.source.code or "")[:3] if e.source else "-", (e.target.code or "")[:3] if e.target else "-")
            for e in events(pipeline, text, lang)}


def test_requests_unaddressed_appeal_for_aid_cs(pipeline: Pipeline) -> None:
    text = "Německá vláda vyzvala k humanitární pomoci migrantům, kteří uvízli na hranicích."
    assert ("REQUEST", "DEU", "-") in _triples(text, pipeline, "cs")


def test_requests_unaddressed_demand_cs(pipeline: Pipeline) -> None:
    assert ("REQUEST", "POL", "-") in _triples("Polský premiér požadoval okamžité zastavení dodávek.", pipeline, "cs")


def test_requests_unaddressed_urging_all_sides_en(pipeline: Pipeline) -> None:
    text = "The UN mission issued a statement urging all sides not to reverse the gains made."
    assert ("REQUEST", "IGO", "-") in _triples(text, pipeline, "en")


def test_requests_unaddressed_named_addressee_is_kept(pipeline: Pipeline) -> None:
    assert ("REQUEST", "FRA", "DEU") in _triples("France urged Germany to lift the ban.", pipeline, "en")
    assert ("REQUEST", "FRA", "DEU") in _triples("Francie vyzvala Německo ke zrušení zákazu.", pipeline, "cs")


def test_requests_unaddressed_sense_checks_still_need_the_addressee(pipeline: Pipeline) -> None:
    """'call on X', 'seek shelter in X', 'zavolat X' check their sense by the addressee: without one, no event."""
    assert _triples("The Polish woman called the police on the emergency line.", pipeline, "en") == set()
    assert _triples("Syrian refugees sought shelter from the rain.", pipeline, "en") == set()
    assert _triples("Ruský prezident zavolal svému kolegovi.", pipeline, "cs") == set()



def test_requests_appeal_on_a_phrase_that_names_no_actor_stands(pipeline: Pipeline) -> None:
    # 'apelovat na' matched on its 'na' phrase, whose noun is no actor ('všechny, kdo ...'); with a foreign actor in
    # the sentence no domestic counterpart is inferred, and the police's request stands with no addressee (X -> '-')
    text = "„Apeluji na všechny, kteří viděli útok na ukrajinské turisty,“ řekl mluvčí policie v Brně."
    assert ("REQUEST", "CZE", "-") in _triples(text, pipeline, "cs")
    # an entry that wants a named target keeps wanting it: counting on an outcome is no request
    assert not [e for e in events(pipeline, "The Czech banks count on getting the money back.") if e.type == "REQUEST"]
