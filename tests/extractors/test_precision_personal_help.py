"""A help verb whose infinitive is a bodily act or handles a personal item is personal assistance, no AID
(precision_senses.personal_help)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _types(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2023-05-10"})
    return {(e.type, e.trigger) for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "trigger"), [
    ("Prince Charles is helping Queen Camilla put on her face mask at the races.", "en", "helping"),
    ("President Biden helped Prime Minister Boris Johnson put on his coat after the summit.", "en", "helped"),
    ("Police officers helped the mayor stand up after he fell on the ice.", "en", "helped"),
    ("Princ Charles na fotografii pomáhá královně Camille nasadit roušku.", "cs", "pomáhá"),
    ("Princ William pomáhá vévodkyni Kate nasadit její roušku barevně sladěnou se světlými šaty.", "cs", "pomáhá"),
    ("Premiér Petr Fiala pomohl prezidentovi Miloši Zemanovi vstát z vozíku.", "cs", "pomohl"),
])
def test_personal_help_is_no_aid(pipeline: Pipeline, text: str, lang: str, trigger: str) -> None:
    assert ("AID", trigger) not in _types(pipeline, text, lang)


@pytest.mark.parametrize(("text", "lang", "trigger"), [
    ("The United States helped Ukraine put pressure on Russia.", "en", "helped"),
    ("NATO helped Poland protect its border with Belarus.", "en", "helped"),
    ("Česko pomáhá Ukrajině bránit se ruské agresi.", "cs", "pomáhá"),
    ("Německo pomohlo Polsku nasadit vojáky na hranici s Běloruskem.", "cs", "pomohlo"),
])
def test_help_with_a_public_act_stays_aid(pipeline: Pipeline, text: str, lang: str, trigger: str) -> None:
    assert ("AID", trigger) in _types(pipeline, text, lang)
