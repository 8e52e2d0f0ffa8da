"""A phrasal verb's particle the parser read as a preposition counts only right after the verb (past adverbs):
'called on Russia' is a call on it, but 'gave praise to her in a post' is no 'give in' (CONCEDE); 'gave high praise
to X' praises X (SUPPORT, as 'offered praise')."""

from __future__ import annotations

import pytest

from kronika import Pipeline

# (text, PLOVER type, rule fragment, kept)
CASES = [
    ("Michelle Obama gave high praise to Meghan Markle in a post on Thursday.", "CONCEDE", "give-in", False),
    ("Michelle Obama gave high praise to Meghan Markle in a post on Thursday.", "SUPPORT", "give-051", True),
    ("The European Union called on Russia to withdraw its troops.", "REQUEST", "call", True),
    ("Ukraine called again on Russia to withdraw its troops.", "REQUEST", "call", True),
]


@pytest.mark.parametrize(("text", "kind", "rule", "kept"), CASES, ids=[f"{c[1]}-{c[0][:25]}" for c in CASES])
def test_particle_read_as_preposition_only_next_to_the_verb(pipeline: Pipeline, text: str, kind: str, rule: str,
                                                             kept: bool) -> None:
    doc = pipeline({"id": "t", "text": text, "lang": "en", "published": "2019-09-27"})
    evs = [e for e in doc.events if e.type == kind and rule in e.rule]
    assert bool(evs) is kept, [(e.type, e.rule) for e in doc.events]


def test_czech_clitic_read_as_preposition_before_the_verb(pipeline: Pipeline) -> None:
    """cs 'se' before the verb that the parser made the preposition of the next noun is still the verb's particle."""
    doc = pipeline({"id": "t", "text": "Nemocnice se rodičům omluvila za chybu lékařů.", "lang": "cs",
                    "published": "2019-09-27"})
    assert any(e.type == "SUPPORT" and e.cameo == "055" for e in doc.events), [(e.type, e.rule) for e in doc.events]
