"""An inquiry into a mishap or its cause, or into nothing named, suspects nobody at home: no implicit domestic
counterpart as its target (grammar keys culpritless_objects, inquiry_nouns); the gold codes such inquiries with no
target. An inquiry into a case or a firm keeps its target."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

CS_ROAD = "Dálnice D1 u Prahy byla po srážce dvou kamionů uzavřena. "
EN_ROAD = "The D1 motorway near Prague was closed after two lorries collided. "


@pytest.mark.parametrize("lang, text", [
    ("en", EN_ROAD + "The Czech police are investigating the cause of the accident."),
    ("en", EN_ROAD + "The Czech police launched an investigation into the crash."),
    ("cs", CS_ROAD + "Příčinu nehody policisté vyšetřují."),
    ("cs", CS_ROAD + "Policie zahájila vyšetřování nehody."),
])
def test_an_inquiry_into_a_mishap_has_no_home_target(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("ACCUSE", "CZE", "CZE") not in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", EN_ROAD + "The Czech police launched an investigation into the carrier.", ("ACCUSE", "CZE", "CZE")),
    ("en", EN_ROAD + "The Czech police are investigating the case.", ("ACCUSE", "CZE", "CZE")),
    ("cs", CS_ROAD + "Policie případ prošetřuje.", ("ACCUSE", "CZE", "CZE")),
])
def test_an_inquiry_into_a_case_keeps_its_target(pipeline: Pipeline, lang: str, text: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
