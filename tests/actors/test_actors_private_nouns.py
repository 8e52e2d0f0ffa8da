"""Private-person nouns missing from the sector lexicon: a gamekeeper, a passerby, anti-vaxxers are civilians."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline


@pytest.mark.parametrize(("lang", "text", "mention", "code"), [
    ("en", "A gamekeeper was attacked by a deer near Pilsen on Sunday, Czech police said.", "gamekeeper", "CZECVL"),
    ("en", "Antivaxxers protested against the Czech government in Prague.", "Antivaxxers", "CZECVL"),
    ("cs", "Antivaxeři v sobotu protestovali před Úřadem vlády v Praze.", "Antivaxeři", "CZECVL"),
])
def test_private_nouns_are_civilians(pipeline: Pipeline, lang: str, text: str, mention: str, code: str) -> None:
    assert coded(run(pipeline, text, lang))[mention] == code


def test_rescuers_aid_the_gamekeeper(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Czech paramedics found the injured gamekeeper in the forest. They immediately tended to the "
                        "gamekeeper and took him to hospital.", "en")
    got = [(e.type, e.target.code if e.target else None) for e in doc.events]
    assert ("AID", "CZECVL") in got
