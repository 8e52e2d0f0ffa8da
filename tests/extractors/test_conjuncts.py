"""A verb conjoined to one whose subject is a pronoun or dropped shares that subject, not the first verb's object."""

from __future__ import annotations

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2024-06-18"})
    return {(e.type, e.source.code if e.source else "-", e.target.code if e.target else "-") for e in doc.events}


def test_conjuncts_en_pronoun_subject_is_shared(pipeline: Pipeline) -> None:
    text = "Macron flew to Moscow on Sunday. He met Putin on Monday and signed an agreement with Russia."
    found = _triples(pipeline, text, "en")
    assert ("SUPPORT", "FRAGOV", "RUS") in found
    assert not [t for t in found if t[0] == "SUPPORT" and t[1].startswith("RUS")]


def test_conjuncts_cs_dropped_subject_is_shared_not_the_object(pipeline: Pipeline) -> None:
    text = "Macron v neděli odletěl do Moskvy. V pondělí kritizoval Putina a pohrozil Rusku sankcemi."
    found = _triples(pipeline, text, "cs")
    assert ("THREATEN", "FRAGOV", "RUS") in found
    assert not [t for t in found if t[0] == "THREATEN" and t[1].startswith("RUS")]

