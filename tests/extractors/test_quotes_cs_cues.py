"""Czech speech verbs of ordinary news (data/cs/cues.json): telling, recounting, retorting, boasting and defending a
claim introduce indirect speech ('Otec mi vyprávěl, že ...', 'ministr hájil, že ...'), whose speaker is the verb's
subject."""

from __future__ import annotations

import pytest

from kronika import Pipeline

CASES = [
    ("Ministr vlády hájil, že kvíz se uskutečnil virtuálně.", "kvíz se uskutečnil virtuálně", "hájil"),
    ("Otec mi vyprávěl, že policie ho zadržela.", "policie ho zadržela", "vyprávěl"),
    ("Trenér novinářům pověděl, že tým je unavený.", "tým je unavený", "pověděl"),
    ("Herečka se pochlubila, že se jí zlepšila psychika.", "se jí zlepšila psychika", "pochlubila"),
]


@pytest.mark.parametrize(("text", "content", "cue"), CASES, ids=[c[2] for c in CASES])
def test_quotes_cs_cues_speech_verb_introduces_indirect_speech(pipeline: Pipeline, text: str, content: str,
                                                               cue: str) -> None:
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    assert [(q.text, q.cue, q.direct) for q in doc.quotes] == [(content, cue, False)]
