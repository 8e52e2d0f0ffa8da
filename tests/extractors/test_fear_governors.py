"""An act in the complement of a fear word is only feared: no event, no threat (modality._fear_governor)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triggers(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2022-02-20"})
    return {e.trigger for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "trigger"), [
    ("Litevští politici se obávají, že Rusko zaútočí na Litvu.", "cs", "zaútočí"),
    ("Novinářka měla strach z toho, že ji policie zatkne.", "cs", "zatkne"),
    ("Lithuanian officials fear that Russia will attack Lithuania.", "en", "attack"),
])
def test_feared_act_is_no_event(pipeline: Pipeline, text: str, lang: str, trigger: str) -> None:
    assert trigger not in _triggers(pipeline, text, lang)


def test_stated_act_after_a_fear_stays(pipeline: Pipeline) -> None:
    assert "zaútočilo" in _triggers(pipeline, "Rusko v noci zaútočilo na Litvu, jak se politici obávali.", "cs")
