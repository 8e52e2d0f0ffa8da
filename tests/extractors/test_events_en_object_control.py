"""Object control misparsed as purpose: 'pushed the EU to impose sanctions' (advcl) is a demand of the EU, and the
demanded act has not happened."""

from __future__ import annotations

import pytest
from events_support import full_triples


def _countries(text: str) -> set[tuple[str, str, str]]:
    return {(t, (s or "-")[:6] if (s or "").startswith("IGO") else (s or "-")[:3],
             (g or "-")[:6] if (g or "").startswith("IGO") else (g or "-")[:3])
            for t, s, g in full_triples(text, "en")}


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("Germany pushed the EU to impose sanctions on Iran.", ("REQUEST", "DEU", "IGOEUR"), ("SANCTION", "DEU", "IRN")),
    ("The United States pushed Russia to withdraw its troops from the border.", ("REQUEST", "USA", "RUS"), None),
    ("Britain warned Iran to stop enriching uranium.", ("REQUEST", "GBR", "IRN"), None),
])
def test_infinitive_after_an_object_is_the_demanded_act(text: str, expected: tuple[str, str, str],
                                                       absent: tuple[str, str, str] | None) -> None:
    got = _countries(text)
    assert expected in got and (absent is None or absent not in got)
