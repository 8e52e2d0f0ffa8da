"""Medics named by a role noun ('doctors', 'hygienici', 'the ambulance crew') examine patients and check disease
cases: an investigation (CAMEO 09x) by them is no investigation of an actor, a person handed over (063) to them no
custody transfer. A named health body ('the NHS', 'WHO') still investigates, medics inspecting an institution ('Hygiena
prověřuje případ v mateřské škole') too, and the police still investigate doctors."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, kind", [
    ("en", "The Czech man was examined by doctors at a Prague hospital on Monday.", "ACCUSE"),
    ("en", "The injured Czech man was handed over to the ambulance crew.", "COOPERATE"),
    ("cs", "Čeští hygienici prověřují případ nakaženého dítěte z Brna.", "ACCUSE"),
])
def test_medics_examine_no_investigation(pipeline: Pipeline, lang: str, text: str, kind: str) -> None:
    assert not any(t[0] == kind for t in country_triples(events(pipeline, text, lang)))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The World Health Organization is investigating China.", ("ACCUSE", "IGOUNO", "CHN")),
    ("cs", "Světová zdravotnická organizace vyšetřuje Čínu.", ("ACCUSE", "IGOUNO", "CHN")),
    ("en", "Czech police are investigating two doctors from a Prague hospital.", ("ACCUSE", "CZE", "CZE")),
    ("cs", "Čeští policisté vyšetřují dva lékaře z pražské nemocnice.", ("ACCUSE", "CZE", "CZE")),
    ("cs", "Hygiena prověřuje případ v mateřské škole.", ("ACCUSE", "CZE", "CZE")),
    ("en", "Czech doctors are investigating a Prague hospital.", ("ACCUSE", "CZE", "CZE")),
])
def test_named_health_bodies_and_police_still_investigate(pipeline: Pipeline, lang: str, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
