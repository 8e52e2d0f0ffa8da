"""Czech dropped subjects of coordinated and embedded clauses: the subject the governing clause names (subjects.py)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2023-05-12"})
    return {(e.type, e.trigger, (e.source.code or "-")[:3] if e.source else "-",
             (e.target.code or "-")[:3] if e.target else "-") for e in doc.events}


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the object of the first verb, parsed as a second subject, does not ask NATO for help
    ("Polsko obvinilo Bělorusko z organizování nelegální migrace a požádalo o pomoc NATO.",
     ("REQUEST", "požádalo", "POL", "IGO"), ("REQUEST", "požádalo", "BLR", "IGO")),
])
def test_object_read_as_second_subject_is_not_shared(pipeline: Pipeline, text: str,
                                                     expected: tuple[str, str, str, str],
                                                     wrong: tuple[str, str, str, str]) -> None:
    found = _events(pipeline, text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the dative object between the subject and the verb does not ask Austria for help: the firefighters do
    ("Čeští hasiči se rozhodli, že pošlou slovenským kolegům techniku a požádali o pomoc Rakousko.",
     ("REQUEST", "požádali", "CZE", "AUT"), ("REQUEST", "požádali", "SVK", "AUT")),
    ("Když bylo Petrovi patnáct let, rodiče se rozhodli, že zkusí změnit lékaře a obrátili se na odborníky "
     "v pražské nemocnici.", ("REQUEST", "obrátili", "CZE", "CZE"), None),
])
def test_dropped_subject_continues_the_governing_clause_subject(
        pipeline: Pipeline, text: str, expected: tuple[str, str, str, str],
        wrong: tuple[str, str, str, str] | None) -> None:
    found = _events(pipeline, text)
    assert expected in found
    assert wrong not in found


def test_clause_subject_source_is_the_parents(pipeline: Pipeline) -> None:
    text = "Když bylo Petrovi patnáct let, rodiče se rozhodli, že zkusí změnit lékaře a obrátili se na odborníky."
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2023-05-12"})
    assert [e.source.text for e in doc.events if e.trigger == "obrátili" and e.source] == ["rodiče"]
