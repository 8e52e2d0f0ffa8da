"""Czech agentless court passives are the home court's acts, as in English (grammar key institutional_passives)."""

from __future__ import annotations

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    return {(e.type, e.source.code if e.source else "-", e.target.code if e.target else "-") for e in doc.events}


def test_custody_passive_cs_acquittal_is_the_courts(pipeline: Pipeline) -> None:
    assert ("CONCEDE", "CZEJUD", "CZECVL") in _triples(pipeline, "Muž byl zproštěn obžaloby.")


def test_custody_passive_cs_indictment_is_the_courts(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "CZEJUD", "CZECVL") in _triples(pipeline, "Dva muži byli obžalováni z podvodu.")
