"""A release after an arrest named in the sentences before is done by that arrest's custodian, whatever the home
country; a singular person noun is the antecedent of an English 'he/she' passive subject."""

from __future__ import annotations

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str, lang: str) -> Doc:
    """Parse a hand-made text."""
    return pipeline({"text": text, "lang": lang, "published": "2024-06-18"})


def _releases(doc: Doc) -> list[tuple[str | None, str | None]]:
    """(source, target) codes of the release events (CAMEO 0841)."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in doc.events if e.cameo.startswith("0841")]


def test_release_takes_arrester_without_home_country_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Police in Manchester arrested a man on Monday. He was released on Tuesday.", "en")
    assert _releases(doc) == [("GBRCOP", "GBRCVL")]


def test_release_of_foreign_journalist_by_arresting_police_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Turkish police detained a German journalist on Monday. He was released on Friday.", "en")
    assert _releases(doc) == [("TURCOP", "DEUMED")]


def test_release_takes_arrester_plural_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Russian police arrested two men on Monday. They were released on Tuesday.", "en")
    assert _releases(doc) == [("RUSCOP", "RUSCVL")]


def test_release_takes_arrester_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Německá policie v pondělí zadržela muže. V úterý byl propuštěn.", "cs")
    assert _releases(doc) == [("DEUCOP", "DEUCVL")]


def test_release_of_player_without_arrest_stays_uncoded_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Chelsea signed the striker in 2019. He was released on Tuesday.", "en")
    assert _releases(doc) == []


def test_release_of_another_person_keeps_home_court_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Policie zadržela v pondělí třetího muže. Jeho bratr, který byl zapleten do případu, byl "
               "podmínečně propuštěn.", "cs")
    assert _releases(doc) == [("CZEJUD", "CZECVL")]  # the brother was not the one arrested
