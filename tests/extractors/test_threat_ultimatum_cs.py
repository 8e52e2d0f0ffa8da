"""Czech ultimatums: an announced act on a negated 'pokud' condition is a threat at the condition's subject."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2021-12-12"})
    return {(e.type, (e.source.code or "")[:3] if e.source else "-", (e.target.code or "")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Polsko oznámilo, že stáhne své velvyslance z Ruska, pokud Rusko nepropustí zadržené novináře.",
     ("THREATEN", "POL", "RUS")),
    ("Ukrajina uvedla, že přeruší dodávky plynu do Maďarska, pokud Maďarsko nepřestane blokovat evropskou pomoc.",
     ("THREATEN", "UKR", "HUN")),
    # the parser takes the postponed subject of the condition for an object ('pokud se voleb zúčastní Hamás')
    ("Izrael pohrozil, že zakáže hlasování ve východním Jeruzalémě, pokud se voleb zúčastní Hamás.",
     ("THREATEN", "ISR", "PSE")),
])
def test_negated_condition_makes_a_threat(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text)


@pytest.mark.parametrize("text", [
    "Ministr řekl, že navštíví Polsko, pokud to počasí dovolí.",
    "Premiér uvedl, že Maďarsko podpoří sankce proti Rusku, pokud je schválí všechny členské státy.",
])
def test_plain_condition_is_no_threat(pipeline: Pipeline, text: str) -> None:
    assert not any(t == "THREATEN" for t, _, _ in _triples(pipeline, text))
