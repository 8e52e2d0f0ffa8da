"""No threat from a warning that something happens, nor from an act inside an if-clause (the condition)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _types(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2021-12-12"})
    return {(e.type, e.trigger) for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "trigger"), [
    ("Lidé v Jemenu hladovějí. Šéf humanitární sekce OSN varoval, že v posledních týdnech dochází ke kolapsu "
     "jemenské ekonomiky.", "cs", "varoval"),
    ("Zástupce Červeného kříže varoval, že se to v Sýrii děje znovu.", "cs", "varoval"),
])
def test_warning_that_something_happens_is_a_forecast(pipeline: Pipeline, text: str, lang: str,
                                                       trigger: str) -> None:
    assert ("THREATEN", trigger) not in _types(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "trigger"), [
    ("„Kampaň bude úspěšnější, pokud budou studenti dál protestovat,“ řekla organizátorka.", "cs", "protestovat"),
    ("The campaign will work better if the farmers keep protesting every week, the organiser said.", "en",
     "protesting"),
])
def test_act_inside_a_condition_is_no_event(pipeline: Pipeline, text: str, lang: str, trigger: str) -> None:
    assert not any(t == trigger for _, t in _types(pipeline, text, lang))


def test_threat_with_a_condition_stays(pipeline: Pipeline) -> None:
    text = "Odboráři v pondělí pohrozili vládě stávkou, pokud nezvýší platy."
    assert ("THREATEN", "pohrozili") in _types(pipeline, text, "cs")
