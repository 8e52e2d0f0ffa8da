"""Czech object-verb-subject order read as two objects: the nominative is the stated subject (subjects.py)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2019-09-27"})
    return {(e.type, e.trigger, (e.source.code or "-")[:3] if e.source else "-",
             (e.target.code or "-")[:3] if e.target else "-") for e in doc.events}


@pytest.mark.parametrize(("text", "trigger"), [
    # the guards detained him: no actor subject, so not the woman of the sentence before
    ("Mexická žena byla obviněna z krádeže v Mexiku. Jiným případem byl britský turista, kterého zadržela "
     "bezpečnostní ostraha obchodu.", "zadržela"),
])
def test_nominative_object_that_is_no_actor_gives_no_antecedent(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not any(t == trigger for _, t, _, _ in _events(pipeline, text))


def test_nominative_object_actor_is_the_source(pipeline: Pipeline) -> None:
    text = "Ministerstvo obrany ve čtvrtek oznámilo, že pošlou Spojené státy do Saúdské Arábie raketovou baterii."
    assert ("AGREE", "pošlou", "USA", "SAU") in _events(pipeline, text)
