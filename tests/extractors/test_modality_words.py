"""Word classes of data/<lang>/modality.json added in session 9 (precision audit, notes/s9/precj.md): 'would like X to
V' and cs 'chce/přeje si, aby X ...' wish an act of another actor, a demand like 'wants X to V'. Real lexicons and
grammar, hand-made text."""

from __future__ import annotations

from events_support import events, triples


def test_modality_words_would_like_another_actor_to_act_is_a_request() -> None:
    """'Germany would like Russia to withdraw its troops': Germany's demand on Russia, not a possible withdrawal."""
    assert ("REQUEST", "DEU", "RUS") in triples(events("Germany would like Russia to withdraw its troops.", "en"))


def test_modality_words_would_like_to_act_oneself_is_no_request() -> None:
    """'Germany would like to withdraw its troops': its own wish, no demand on anyone."""
    assert not [t for t in triples(events("Germany would like to withdraw its troops.", "en")) if t[0] == "REQUEST"]


def test_modality_words_cs_wish_that_another_actor_acts_is_a_request() -> None:
    """'Rusko chce, aby Ukrajina stáhla vojska' (cs desire_verbs): Russia's demand on Ukraine, as English 'wants X
    to V'; before, the purpose clause made it an unreal act and nothing was coded."""
    assert ("REQUEST", "RUS", "UKR") in triples(events("Rusko chce, aby Ukrajina stáhla vojska.", "cs"))
    assert ("REQUEST", "POL", "RUS") in triples(events("Polsko si přeje, aby Rusko stáhlo vojska.", "cs"))


def test_modality_words_cs_own_wish_stays_an_intent() -> None:
    """'Rusko chce jednat s Ukrajinou': its own intended act (future AGREE), no demand."""
    assert not [t for t in triples(events("Rusko chce jednat s Ukrajinou.", "cs")) if t[0] == "REQUEST"]
