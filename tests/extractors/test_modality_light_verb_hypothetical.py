"""A noun trigger held by a light verb shares that verb's hypothetical or conditional mood: 'would hold talks',
'if they launch an offensive', 'pokud zahájí ofenzivu' name no event; the plain past keeps the noun's act."""

from __future__ import annotations

import pytest

from kronika import Pipeline

# (text, lang, PLOVER type of the noun trigger, the noun's rule fragment, kept)
CASES = [
    ("The EU would hold talks with Iran.", "en", "CONSULT", "-n-talk", False),
    ("If Russia launches an offensive against Ukraine, NATO will respond.", "en", "ASSAULT", "-n-offensive", False),
    ("Pokud Rusko zahájí ofenzivu proti Ukrajině, NATO zareaguje.", "cs", "ASSAULT", "-n-ofenziva", False),
    ("Rusko zahájilo ofenzivu proti Ukrajině.", "cs", "ASSAULT", "", True),
    ("Russia launched an offensive against Ukraine.", "en", "ASSAULT", "", True),
]


@pytest.mark.parametrize(("text", "lang", "kind", "rule", "kept"), CASES, ids=[c[0][:30] for c in CASES])
def test_light_verb_mood_reaches_its_noun(pipeline: Pipeline, text: str, lang: str, kind: str, rule: str,
                                          kept: bool) -> None:
    doc = pipeline({"id": "t", "text": text, "lang": lang})
    evs = [e for e in doc.events if e.type == kind and rule in e.rule]
    assert bool(evs) is kept, [(e.type, e.rule) for e in doc.events]
