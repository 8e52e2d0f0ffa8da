"""A 'former' office holder is no state organ on the article's date (GUIDELINES: the role held on the date): an
elite of the state (ELI), so the state acting on them is a domestic event ('Ukraine imposed sanctions on former
President X' UKR -> UKRELI), not one actor twice."""

from __future__ import annotations

import pytest
from events_support import full_triples


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Ukraine imposed sanctions on former President Viktor Yanukovich.", "en", ("SANCTION", "UKR", "UKRELI")),
    ("Egypt banned former minister Ahmed Ali from leaving the country.", "en", ("COERCE", "EGY", "EGYELI")),
    ("Egypt zakázal bývalému ministrovi Ahmedu Alímu vycestovat ze země.", "cs", ("COERCE", "EGY", "EGYELI")),
    ("Ukrajina uvalila sankce na bývalého prezidenta Janukovyče.", "cs", ("SANCTION", "UKR", "UKRELI")),
])
def test_state_acting_on_a_former_office_holder(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in full_triples(text, lang, "2021-06-01")


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("Egypt banned Minister Ahmed Ali from leaving the country.", "en", ("COERCE", "EGY", "EGYGOV")),
])
def test_a_sitting_minister_stays_the_government(text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple not in full_triples(text, lang, "2021-06-01")  # the state and its own organ: one actor
