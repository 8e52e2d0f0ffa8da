"""A state acting on its own people (activists, prisoners, refugees, a former office holder) is a domestic event
(GUIDELINES: country-level triple XXX -> XXX), not one actor twice; a sector acting on its bare state and a state
and its own organs stay one actor."""

from __future__ import annotations

import pytest
from events_support import full_triples

from kronika.extractors.dedup import one_actor
from kronika.model import ArgRef


def _ref(code: str, name: str, span: tuple[int, int]) -> ArgRef:
    return ArgRef(code, name, name, span)


@pytest.mark.parametrize(("target", "source", "same"), [
    (("VENACT", "political activists"), ("VEN", "Venezuela"), False),
    (("UKRELI", "former President"), ("UKR", "Ukraine"), False),
    (("BLRCVL", "vězňů"), ("BLR", "Bělorusko"), False),
    (("RUSGOV", "vláda"), ("RUS", "Rusko"), True),  # a state and its own organ
    (("RUS", "Rusko"), ("RUSBUS", "Gazprom"), True),  # a sector acting on its bare state: unchanged
])
def test_one_actor_state_and_its_people(target: tuple[str, str], source: tuple[str, str], same: bool) -> None:
    assert one_actor(_ref(*target, (20, 30)), _ref(*source, (0, 8))) is same


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Belarus freed dozens of political prisoners on Thursday.", "en", ("RETREAT", "BLR", "BLRCVL")),
    ("Bělorusko ve čtvrtek propustilo desítky politických vězňů.", "cs", ("RETREAT", "BLR", "BLRCVL")),
    ("Russia jailed three opposition activists.", "en", ("COERCE", "RUS", "RUSACT")),
    ("Rusko uvěznilo tři opoziční aktivisty.", "cs", ("COERCE", "RUS", "RUSACT")),
])
def test_state_acting_on_its_own_people(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in full_triples(text, lang)
