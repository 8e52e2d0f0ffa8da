"""A noun trigger held by a light verb takes that verb's negation: 'se nepřipojili k sankcím', 'did not join the
sanctions' are negated sanctions (modality._chain), 'se připojili k sankcím' stays a plain one."""

from __future__ import annotations

import pytest

from kronika import Pipeline

# (text, lang, PLOVER type of the noun trigger, negated)
CASES = [
    ("Čeští poslanci se nepřipojili k sankcím proti Rusku.", "cs", "SANCTION", True),
    ("Čeští poslanci se připojili k sankcím proti Rusku.", "cs", "SANCTION", False),
    ("Czech lawmakers did not join the sanctions against Russia.", "en", "SANCTION", True),
    ("Czech lawmakers joined the sanctions against Russia.", "en", "SANCTION", False),
]


@pytest.mark.parametrize(("text", "lang", "kind", "negated"), CASES, ids=[c[0][:30] for c in CASES])
def test_light_verb_negation_reaches_its_noun(pipeline: Pipeline, text: str, lang: str, kind: str,
                                               negated: bool) -> None:
    evs = [e for e in pipeline({"id": "t", "text": text, "lang": lang}).events if e.type == kind]
    assert evs and all(e.negated is negated for e in evs), [(e.type, e.negated, e.rule) for e in evs]
