"""Word classes of data/<lang>/precision.json found by the precision audit of all unseen-corpus events (session 9,
notes/s9/precj.md): sport words any speaker would list ('foul', 'referee', 'semi-finals', 'faul'). Real lexicons and
grammar, hand-made text."""

from __future__ import annotations

import pytest
from events_support import dropped, events, triples


@pytest.mark.parametrize(("text", "lang"), [
    ("Polsko po faulu zaútočilo na Rusko.", "cs"),
    ("After a foul, Poland attacked Russia.", "en"),
    ("Poland attacked Russia in the semi-finals.", "en"),
])
def test_precision_frames_words_foul_and_semi_finals_are_sport(text: str, lang: str) -> None:
    """'attacked Russia in the semi-finals', 'po faulu zaútočilo': a game between national teams, no ASSAULT."""
    assert not [t for t in triples(events(text, lang)) if t[0] == "ASSAULT"]
    assert any("sports competition" in r for r in dropped(text, lang))


def test_precision_frames_words_attack_without_sport_word_stays() -> None:
    """The same attack with no sport word in the sentence is still coded."""
    assert ("ASSAULT", "POL", "RUS") in triples(events("Poland attacked Russia in the night.", "en"))
