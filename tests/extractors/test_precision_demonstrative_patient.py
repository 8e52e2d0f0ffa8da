"""An arrest or attack verb whose patient is a bare demonstrative pronoun takes or destroys a thing, no person
(precision_news.demonstrative_patient)."""

from __future__ import annotations

from kronika import Pipeline


def _types(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2019-10-04"})
    return {(e.type, e.trigger) for e in doc.events}


def test_a_future_taken_away_is_no_arrest(pipeline: Pipeline) -> None:
    text = ("West Midlands Police are investigating the death of an 18-year-old man who was stabbed in Birmingham. "
            "Detective Inspector Hannah Whitehouse, from the homicide unit, said: \"Yahya was just 18 and with his "
            "life ahead of him. This has now been taken away in the most tragic of circumstances.\"")
    assert ("COERCE", "taken") not in _types(pipeline, text, "en")


def test_a_person_taken_away_stays_an_arrest(pipeline: Pipeline) -> None:
    text = "West Midlands Police arrested him in Birmingham on Sunday after the stabbing of an 18-year-old man."
    assert ("COERCE", "arrested") in _types(pipeline, text, "en")


def test_cs_a_person_led_away_stays_an_arrest(pipeline: Pipeline) -> None:
    assert ("COERCE", "odvedli") in _types(pipeline, "Policisté ho odvedli v poutech.", "cs")
