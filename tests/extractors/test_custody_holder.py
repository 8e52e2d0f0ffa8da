"""Harm done to someone in custody is done by the force the custody is named after (session 33, custodians.py
custody_holder): cs 'zemřel na následky mučení ve vazbě izraelské policie', en 'died of torture while in Israeli
police custody' (before: dropped, no source actor); a custody no actor holds names no doer."""

from __future__ import annotations

import pytest
from events_support import pipeline_events

from kronika import Pipeline

# (sentence, lang, (type, source code, target code), rule suffix)
HELD = [
    ("Palestinský vězeň zemřel na následky mučení ve vazbě izraelské policie, vyplývá ze zprávy patologa.", "cs",
     ("ASSAULT", "ISRCOP", "PSECVL")),
    ("Vězeň byl mučen ve vazbě egyptské policie.", "cs", ("ASSAULT", "EGYCOP", "EGYCVL")),
    ("A Palestinian prisoner died as a result of torture while in Israeli police custody, according to a report.",
     "en", ("ASSAULT", "ISRCOP", "PSECVL")),
    ("The activist was tortured in the custody of Egyptian police.", "en", ("ASSAULT", "EGYCOP", "EGYACT")),
]


@pytest.mark.parametrize(("text", "lang", "triple"), HELD, ids=[h[1] + "-" + h[0][:20] for h in HELD])
def test_custodian_does_the_harm(pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str]) -> None:
    evs = pipeline_events(pipeline, text, lang)
    got = {(e.type, e.source.code if e.source else None, e.target.code if e.target else None, e.rule) for e in evs}
    assert any(g[:3] == triple and (g[3] or "").endswith("custody-holder") for g in got), got


@pytest.mark.parametrize(("text", "lang"), [("Two inmates were killed in a Russian prison.", "en"),
                                            ("Muž zemřel ve vězení.", "cs")])
def test_custody_without_holder_names_no_doer(pipeline: Pipeline, text: str, lang: str) -> None:
    evs = pipeline_events(pipeline, text, lang)
    assert not [e for e in evs if (e.rule or "").endswith("custody-holder")], [(e.type, e.rule) for e in evs]
