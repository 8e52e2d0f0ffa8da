"""s31 Czech lexicon gaps whose English counterparts were coded: being determined to act is a pledge (AGREE 030,
as en 'is committed to'), and accepting observers or a mission lets an outside body in (0862, as en 'accepted an
OSCE observer mission'), allowing refugees' return is easing (086, future: AGREE; en 'will allow the return of');
tools/build_cs_verbs.py."""

from __future__ import annotations

from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_determined_to_act_is_a_pledge_to_no_one(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Vietnam je odhodlán otevřít svou ekonomiku, prohlásil v pátek ministr plánování.", "cs")
    assert ("AGREE", "VNM", "-") in country_triples(evs)
    assert any(e.cameo == "030" and e.future for e in evs)


def test_determined_without_infinitive_is_no_pledge(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Vietnamský ministr mluvil odhodlaně o ekonomice.", "cs")
    assert not [e for e in evs if e.cameo == "030"]


def test_accepting_an_observer_mission_allows_the_body_in(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Kyrgyzský premiér Nikolaj Tanajev přijal misi pozorovatelů OBSE.", "cs")
    assert any(e.cameo == "0862" and e.target is not None and e.target.code.startswith("IGO") for e in evs)
    assert ("RETREAT", "KGZ", "IGOOSC") in country_triples(evs)


def test_allowing_refugees_to_return_is_a_concession_pledged(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Turecko umožní návrat domů až 13 000 uprchlíkům z řad tureckých Kurdů.", "cs")
    assert ("AGREE", "TUR", "TUR") in country_triples(evs)
