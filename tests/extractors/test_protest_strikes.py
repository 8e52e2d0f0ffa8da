"""A strike by workers, teachers, doctors, students or activists, or a general, school or hunger strike, is a
protest (precision.protest_strikes: PROTEST 143/142), also where it is announced or declared; an air, missile or
drone strike, or one by an army or a state, stays an assault, also where a protest entry took it ('continued its
strikes'). Czech 'stávka', 'stávkovat', 'hladovka' are protests and 'úder', 'útok' assaults."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Teachers' unions in France announced a strike against the government.", ("PROTEST", "FRA", "FRA")),
    ("en", "Doctors in Britain declared a strike against the government.", ("PROTEST", "GBR", "GBR")),
    ("en", "Students launched a strike against the Hungarian government.", ("PROTEST", "HUN", "HUN")),
    ("en", "Teachers in France struck against the government on Monday.", ("PROTEST", "FRA", "FRA")),
    ("en", "Opposition parties in Bangladesh announced a general strike against the government.",
     ("PROTEST", "BGD", "BGD")),
    ("en", "Activists in Belarus announced a hunger strike against the government.", ("PROTEST", "BLR", "BLR")),
    ("en", "Unions in France announced a strike on Monday.", ("PROTEST", "FRA", "FRA")),
    ("en", "Teachers in Poland declared a strike over pay.", ("PROTEST", "POL", "POL")),
    ("cs", "Odbory francouzských učitelů vyhlásily stávku proti vládě.", ("PROTEST", "FRA", "FRA")),
    ("cs", "Odbory ve Francii v pondělí vyhlásily stávku.", ("PROTEST", "FRA", "FRA")),
    ("cs", "Učitelé v Polsku vyhlásili stávku kvůli platům.", ("PROTEST", "POL", "POL")),
    ("cs", "Lékaři v Británii vyhlásili stávku proti vládě.", ("PROTEST", "GBR", "GBR")),
    ("cs", "Francouzští učitelé stávkovali proti vládě.", ("PROTEST", "FRA", "FRA")),
    ("cs", "Aktivisté v Bělorusku vyhlásili hladovku proti vládě.", ("PROTEST", "BLR", "BLR")),
])
def test_labour_strike_is_protest(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    got = country_triples(events(pipeline, text, lang))
    assert expected in got
    assert not any(t[0] == "ASSAULT" for t in got)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Israel launched an air strike on Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("en", "The Russian military announced a strike against Ukraine.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Russia's strikes on Ukraine killed ten civilians.", ("ASSAULT", "RUS", "UKR")),
    ("en", "A drone strike by the United States on Somalia killed five militants.", ("ASSAULT", "USA", "SOM")),
    ("en", "Striking workers in Chile struck a police officer.", ("ASSAULT", "CHL", "CHL")),
    ("en", "The Israeli military continued its strikes against Hamas in Gaza.", ("ASSAULT", "ISR", "PSE")),
    ("en", "The Russian army began strikes on Kyiv.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Izrael provedl letecký úder na Gazu.", ("ASSAULT", "ISR", "PSE")),
    ("cs", "Ruská armáda zahájila údery na Kyjev.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Izraelská armáda pokračovala v úderech proti Hamásu v Gaze.", ("ASSAULT", "ISR", "PSE")),
    ("cs", "Ruská armáda zahájila útok na Ukrajinu.", ("ASSAULT", "RUS", "UKR")),
])
def test_armed_strike_stays_assault(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    got = country_triples(events(pipeline, text, lang))
    assert expected in got
    assert not any(t[0] == "PROTEST" for t in got)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Ukrainian soldiers came under fire from Russian troops near Bakhmut.", ("ASSAULT", "RUS", "UKR")),
    ("en", "Israeli soldiers came under fire from Palestinian militants in Jenin.", ("ASSAULT", "PSE", "ISR")),
    ("cs", "Ukrajinští vojáci se u Bachmutu ocitli pod palbou ruských jednotek.", ("ASSAULT", "RUS", "UKR")),
    ("cs", "Izraelští vojáci se v Dženínu dostali pod palbu palestinských ozbrojenců.", ("ASSAULT", "PSE", "ISR")),
])
def test_gunfire_from_armed_source_is_assault(pipeline: Pipeline, lang: str, text: str,
                                              expected: tuple[str, str, str]) -> None:
    got = country_triples(events(pipeline, text, lang))
    assert expected in got
    assert not any(t[0] == "ACCUSE" for t in got)


def test_criticism_under_fire_stays_accuse(pipeline: Pipeline) -> None:
    got = country_triples(events(pipeline, "The French government came under fire from German ministers.", "en"))
    assert ("ACCUSE", "DEU", "FRA") in got
    assert not any(t[0] == "ASSAULT" for t in got)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Polish government is under fire from the European Commission over the courts.",
     ("ACCUSE", "IGOEUR", "POL")),
    ("en", "Britain's prime minister was under fire from Labour MPs over the plan.", ("ACCUSE", "GBR", "GBR")),
    ("cs", "Polská vláda čelí kvůli soudům kritice Evropské komise.", ("ACCUSE", "IGOEUR", "POL")),
])
def test_copula_under_fire_is_criticism(pipeline: Pipeline, lang: str, text: str,
                                        expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
