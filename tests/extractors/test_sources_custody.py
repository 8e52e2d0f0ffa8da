"""Sources: an agentless custody passive ('were arrested', 'byl odsouzen') is the act of the home state's police or
court (sources.custody_agent); hand-made news sentences, whole pipeline (the actors step finds the home country)."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events

from kronika import Pipeline
from kronika.model import Event

TURKEY = ("Turkish authorities have cracked down on opposition newspapers in recent weeks. Four Turkish reporters "
          "were arrested in Ankara on Monday. Turkey's president defended the crackdown.")
SLOVAKIA = ("Slovenská policie prověřuje podvody s evropskými dotacemi na východě Slovenska. Tři slovenští "
            "podnikatelé byli ve středu zadrženi. Slovenský soud rozhodne o vazbě.")
COURT = ("Bývalý slovenský ministr zemědělství byl ve čtvrtek odsouzen ke třem letům vězení. Slovenský nejvyšší soud "
         "tak potvrdil verdikt.")


def events(pipeline: Pipeline, text: str, lang: str = "en") -> list[Event]:
    """Events of a dated article ('on Monday' keeps the arrest apart from the crackdown before it)."""
    return pipeline({"id": "t", "text": text, "lang": lang, "published": "2024-06-18"}).events


def test_sources_custody_agentless_arrest_is_the_home_police_en(pipeline: Pipeline) -> None:
    evs = [e for e in events(pipeline, TURKEY) if e.trigger == "arrested"]
    assert triples(evs) == {("COERCE", "TUR", "TUR")}
    assert evs[0].source is not None and evs[0].source.code == "TURCOP" and evs[0].source.span is None
    assert evs[0].rule.endswith("+custody-passive")


def test_sources_custody_agentless_detention_is_the_home_police_cs(pipeline: Pipeline) -> None:
    evs = [e for e in events(pipeline, SLOVAKIA, "cs") if e.trigger == "zadrženi"]
    assert triples(evs) == {("COERCE", "SVK", "SVK")}
    assert evs[0].source is not None and evs[0].source.code == "SVKCOP"


def test_sources_custody_court_passive_is_the_home_court_cs(pipeline: Pipeline) -> None:
    evs = [e for e in events(pipeline, COURT, "cs") if e.trigger == "odsouzen"]
    assert [e.source.code if e.source else None for e in evs] == ["SVKJUD"]


def test_sources_custody_third_state_in_the_sentence_leaves_it_unknown(pipeline: Pipeline) -> None:
    text = "Four Turkish reporters were arrested in Greece on Monday. Turkey's president protested."
    assert not [e for e in events(pipeline, text) if e.trigger == "arrested"]  # Greek or Turkish police?


def test_sources_custody_named_agent_is_kept(pipeline: Pipeline) -> None:
    text = TURKEY.replace("were arrested in Ankara", "were arrested by Greek police")
    evs = [e for e in events(pipeline, text) if e.trigger == "arrested"]
    assert all(e.source is not None and e.source.code != "TURCOP" for e in evs)


def test_sources_custody_a_state_condemned_is_in_no_custody(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Polsko bylo odsouzeno za válečné zločiny.", "cs")) == set()


BELARUS = ("Belarusian police detained dozens of opposition activists in Minsk last week. The Belarusian opposition "
           "condemned the arrests. They were released on Thursday, a Belarusian court said.")


def test_sources_custody_pronoun_patient_is_a_home_person_en(pipeline: Pipeline) -> None:
    evs = [e for e in events(pipeline, BELARUS) if e.trigger == "released"]
    assert triples(evs) == {("RETREAT", "BLR", "BLR")}
    assert evs[0].target is not None and evs[0].target.code == "BLRCVL" and evs[0].target.span is None


def test_sources_custody_dropped_patient_is_a_home_person_cs(pipeline: Pipeline) -> None:
    text = ("Ruská policie minulý týden zadržela v Moskvě desítky aktivistů. Ruská opozice zatčení odsoudila a ruský "
            "soud rozhodl o vazbě. Ve čtvrtek byli propuštěni z vazby.")
    evs = [e for e in events(pipeline, text, "cs") if e.trigger == "propuštěni"]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs] == [
        ("RUSJUD", "RUSCVL")]


def test_sources_custody_a_released_report_is_no_person(pipeline: Pipeline) -> None:
    text = BELARUS.replace("They were released", "It was released")
    assert not [e for e in events(pipeline, text) if e.trigger == "released"]


def test_sources_custody_released_goods_are_no_custody(pipeline: Pipeline) -> None:
    text = ("Belarusian designers sold shirts in Minsk last week. The Belarusian opposition praised the designers. "
            "They were released on Thursday, a Belarusian newspaper said.")
    assert not [e for e in events(pipeline, text) if e.trigger == "released"]  # no custody word near it


def test_sources_custody_a_participle_describing_men_is_no_act(pipeline: Pipeline) -> None:
    text = ("Slovenská věznice v Leopoldově je největší na Slovensku. Ve věznici, postavené v roce 1909, jsou drženi "
            "odsouzení muži a ti, kteří čekají na soud. Slovenská vězeňská služba ji chce rozšířit.")
    assert not [e for e in events(pipeline, text, "cs") if e.trigger == "odsouzení"]


def test_sources_custody_a_released_name_or_book_is_no_custody(pipeline: Pipeline) -> None:
    text = ("An avalanche killed a Canadian skier in Whistler on Sunday. Canadian rescuers searched the slope. "
            "The identity of the man has not been released, a Canadian official said.")
    assert not [e for e in events(pipeline, text) if e.trigger == "released"]


@pytest.mark.parametrize("text,lang", [
    ("Britská policie zatkla v Londýně dva muže. Muž z Londýna byl včera obviněn z vraždy.", "cs"),
    ("British police arrested two men in London. A man from London was charged with murder on Monday.", "en"),
])
def test_custody_a_charge_is_the_home_authorities(pipeline: Pipeline, text: str, lang: str) -> None:
    assert ("ACCUSE", "GBR", "GBR") in triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Britská policie zatkla v Londýně dva muže. Jeden Brit byl v Řecku obviněn z vraždy.", "cs"),
    ("British police arrested two men in London. A British man was charged in Greece with murder.", "en"),
])
def test_custody_a_charge_abroad_keeps_an_unnamed_accuser(pipeline: Pipeline, text: str, lang: str) -> None:
    # a third state in the sentence: whose court? The charge stays with source '-' instead of being dropped
    assert ("ACCUSE", "-", "GBR") in triples(pipeline_events(pipeline, text, lang))
