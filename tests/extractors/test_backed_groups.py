"""A group named by who backs it ('US-backed Kurdish fighters', 'kurdští bojovníci podporovaní USA', 'militias backed
by Iran') is coded by itself, never by its backer (GUIDELINES, Phoenix): the backer is no actor in its events."""

from __future__ import annotations

import pytest
from events_support import full_triples


@pytest.mark.parametrize(("text", "lang", "absent"), [
    ("Turkey launched an offensive against US-backed Kurdish fighters.", "en", ("ASSAULT", "TUR", "USA")),
    ("Turecko zahájilo ofenzivu proti kurdským bojovníkům podporovaným USA.", "cs", ("ASSAULT", "TUR", "USAUAF")),
    ("Iran-backed militias attacked a US base in Iraq.", "en", ("ASSAULT", "IRN", "USA")),
    ("Turkey shelled Kurdish fighters backed by the United States.", "en", ("ASSAULT", "TUR", "USA")),
])
def test_backer_is_not_the_group(text: str, lang: str, absent: tuple[str, str, str]) -> None:
    assert absent not in full_triples(text, lang)


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Turkey launched an offensive against Kurdish fighters in Syria.", "en", ("ASSAULT", "TUR", "SYRUAF")),
    ("Turecko zaútočilo na kurdské bojovníky v Sýrii.", "cs", ("ASSAULT", "TUR", "SYRUAF")),
    ("The United States backed Kurdish fighters in Syria.", "en", ("SUPPORT", "USA", "SYRUAF")),
    ("Spojené státy podporují kurdské bojovníky v Sýrii.", "cs", ("SUPPORT", "USA", "SYRUAF")),
])
def test_backing_itself_and_a_place_stay(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in full_triples(text, lang)
