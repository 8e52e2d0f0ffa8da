"""Crime and court news (session 22, helper crimes): English nouns of violent crime with a named victim, the
culprit of a crime on a word of guilt ('found guilty of the murder of', 'uznán vinným z vraždy'), the one sentenced
as the doer of the crime named even when a light verb or a number holds the phrase, and an arrest of journalists or
protesters is an arrest (173), not violent repression.
"""

from __future__ import annotations

import pytest
from events_support import pipeline_events

from kronika import Pipeline


def _coded(evs):  # type: ignore[no-untyped-def]
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


@pytest.mark.parametrize(("text", "triple"), [
    ("A Pakistani man was sentenced to life in prison on Friday for the murder of his wife.",
     ("ASSAULT", "PAKCVL", "PAKCVL")),
    ("A Mexican court jailed three men for 40 years for the kidnapping of a businessman.",
     ("ASSAULT", "MEXCVL", "MEXBUS")),
    ("A Russian court sentenced the soldier to life for the shooting of a Ukrainian civilian.",
     ("ASSAULT", "RUSMIL", "UKRCVL")),
    ("Two Thai men were jailed for the murder of a British tourist.", ("ASSAULT", "THACVL", "GBRCVL")),
    ("Israel's killing of a Palestinian teenager sparked protests.", ("ASSAULT", "ISR", "PSECVL")),
    ("The British man was found guilty of the murder of his business partner.", ("ASSAULT", "GBRCVL", "GBRBUS")),
])
def test_crime_nouns_en(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    """A noun of violent crime naming its victim is an assault by its possessor, the one sentenced or found guilty."""
    assert triple in _coded(pipeline_events(pipeline, text, "en"))


@pytest.mark.parametrize("text", [
    "She wrote a murder mystery novel set in Prague.",
    "The film The Killing Fields won three Oscars.",
    "Astronomers saw a shooting star over the Alps.",
    "The shooting of the new James Bond film began in Jamaica.",
    "The murder rate in the United States fell last year.",
])
def test_crime_nouns_need_a_victim_en(pipeline: Pipeline, text: str) -> None:
    """No victim actor on the noun: no event (a film shot, a novel, a rate)."""
    assert pipeline_events(pipeline, text, "en") == []


def test_arrest_over_a_killing_is_an_arrest_en(pipeline: Pipeline) -> None:
    """'arrested two men over the killing of a journalist' is the police arresting the men, not assaulting the
    journalist (PETRARCH's arrest + journalist = 175 reading dropped); arresting journalists is 173 too."""
    text = "The Indian police arrested two men over the killing of a journalist."
    evs = _coded(pipeline_events(pipeline, text, "en"))
    assert ("COERCE", "INDCOP", "INDCVL") in evs
    assert all(t != "ASSAULT" for t, _, _ in evs)
    evs = pipeline_events(pipeline, "Turkish police detained two journalists in Istanbul.", "en")
    assert {(e.type, e.cameo) for e in evs} == {("COERCE", "173")}


@pytest.mark.parametrize(("text", "triple"), [
    ("Soud poslal muže na doživotí za vraždu manželky.", ("ASSAULT", "CZECVL", "CZECVL")),
    ("Dva muži dostali 12 let za únos podnikatele.", ("ASSAULT", "CZECVL", "CZEBUS")),
    ("Muž byl uznán vinným z vraždy svého souseda.", ("ASSAULT", "CZECVL", "CZECVL")),
])
def test_culprit_of_the_crime_cs(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    """The one sentenced (also when 'poslat' is a light verb or the phrase hangs on '12') or found guilty did it."""
    evs = _coded(pipeline_events(pipeline, text, "cs"))
    assert triple in evs
    assert all(not (t == "ASSAULT" and s == "CZEJUD") for t, s, _ in evs)


@pytest.mark.parametrize(("text", "triple"), [
    ("A Moscow court ordered the American journalist held in custody for two more months.",
     ("COERCE", "RUSJUD", "USAMED")),
    ("A Russian court ordered the opposition leader jailed for 30 days.", ("COERCE", "RUSJUD", "RUSGOV")),
])
def test_court_ordering_someone_held_holds_them_en(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    """'ordered X held/jailed': the participle on the object is the act ordered, custody (173), no mere demand."""
    evs = pipeline_events(pipeline, text, "en")
    assert triple in _coded(evs)
    assert all(e.type != "REQUEST" for e in evs)


def test_reported_crime_is_not_the_reporters_act(pipeline: Pipeline) -> None:
    """A killing confirmed by the army or police is an unnamed one's, never the confirmer's."""
    for text, lang in (("The Israeli army confirmed the killing of a Palestinian teenager in Hebron.", "en"),
                       ("Policie potvrdila vraždu ženy v Brně.", "cs")):
        evs = pipeline_events(pipeline, text, lang)
        assert all(e.source is None or not e.source.code for e in evs if e.type == "ASSAULT"), text


def test_appealed_acquittal_is_no_release_en(pipeline: Pipeline) -> None:
    """'appealed the acquittal' asks to reverse it: no RETREAT (PETRARCH's 0841 reading dropped)."""
    evs = pipeline_events(pipeline, "The Slovak prosecutor appealed the acquittal.", "en")
    assert all(e.type != "RETREAT" for e in evs)


def test_penalty_imposed_on_a_dative_cs(pipeline: Pipeline) -> None:
    """'uložil X trest za vraždu Y': the dative bearer of the penalty did it; the victim inside the penalty's phrase
    is never the doer."""
    evs = _coded(pipeline_events(pipeline, "Soud uložil Rusovi trest 12 let vězení za vraždu ukrajinského novináře.",
                                 "cs"))
    assert ("ASSAULT", "RUS", "UKRMED") in evs
    assert all(not (t == "ASSAULT" and s == "UKRMED") for t, s, _ in evs)


def test_verbal_nouns_of_crimes_cs(pipeline: Pipeline) -> None:
    """cs 'pobodání', 'zastřelení' ...: the one sentenced stabbed; a confirmed shooting is no act of the army."""
    evs = _coded(pipeline_events(pipeline, "Polský soud odsoudil Čecha na osm let za pobodání policisty.", "cs"))
    assert ("ASSAULT", "CZE", "POLCOP") in evs
    evs = pipeline_events(pipeline, "Francouzská armáda potvrdila zastřelení francouzského vojáka v Mali.", "cs")
    assert all(e.source is None or not e.source.code for e in evs if e.type == "ASSAULT")


def test_sentenced_one_is_not_the_victim_en(pipeline: Pipeline) -> None:
    """The for-phrase of 'sentenced' names the crime: its victim is no one sentenced."""
    text = "A Turkish court sentenced two men to life in prison for the murder of an Armenian journalist."
    evs = _coded(pipeline_events(pipeline, text, "en"))
    assert all(not (t == "COERCE" and tg == "ARMMED") for t, _, tg in evs)
