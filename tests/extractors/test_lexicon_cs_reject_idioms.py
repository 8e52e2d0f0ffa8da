"""Czech rejections said by idiom: 'smést ze stolu návrh' (sweep a proposal off the table), 'couvnout od závazku'."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2021-12-12"})
    return {(e.type, (e.source.code or "")[:3] if e.source else "-", (e.target.code or "")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Opozice smetla ze stolu návrh vlády na zvýšení daní.", ("REJECT", "CZE", "CZE")),
    ("Ukrajinský prezident ve středu smetl ze stolu ruský požadavek na neutralitu.", ("REJECT", "UKR", "RUS")),
    ("Maďarsko couvlo od svého závazku vůči Ukrajině.", ("REJECT", "HUN", "UKR")),
])
def test_reject_idiom(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text)


@pytest.mark.parametrize("text", [
    "Uklízečka smetla ze stolu drobky.",
    "Řidič couvl od garáže a odjel.",
])
def test_no_reject_without_a_proposal_or_pledge(pipeline: Pipeline, text: str) -> None:
    assert not any(t == "REJECT" for t, _, _ in _triples(pipeline, text))
