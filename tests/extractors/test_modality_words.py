"""Word classes of data/<lang>/modality.json added in session 9 (precision audit, notes/s9/precj.md): 'would like X to
V' wishes an act of another actor, a demand like 'wants X to V'. Real lexicons and grammar, hand-made text."""

from __future__ import annotations

from events_support import events, triples


def test_modality_words_would_like_another_actor_to_act_is_a_request() -> None:
    """'Germany would like Russia to withdraw its troops': Germany's demand on Russia, not a possible withdrawal."""
    assert ("REQUEST", "DEU", "RUS") in triples(events("Germany would like Russia to withdraw its troops.", "en"))


def test_modality_words_would_like_to_act_oneself_is_no_request() -> None:
    """'Germany would like to withdraw its troops': its own wish, no demand on anyone."""
    assert not [t for t in triples(events("Germany would like to withdraw its troops.", "en")) if t[0] == "REQUEST"]
