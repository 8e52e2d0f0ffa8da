"""Negated acts (lexicon keys negated_cameo, negated_only): a negation that is an act of its own ('will not tolerate X',
'did not rule out military action against X' threaten X; CAMEO 1.1b3 manual, PLOVER-GSR THREATEN-0020)."""

from __future__ import annotations

import pytest
from events_support import pipeline_events

from kronika import Pipeline
from kronika.extractors.lexicon import Lexicon


def _triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str, bool]]:
    return {(e.cameo, (e.source.code or "-")[:3] if e.source else "-", (e.target.code or "-")[:3] if e.target else "-",
             e.negated) for e in pipeline_events(pipeline, text, lang)}


@pytest.mark.parametrize("lang, text, code, target", [
    ("cs", "Polsko prohlásilo, že nebude tolerovat ruské provokace na hranici.", "130", "RUS"),
    ("en", "Poland said it will not tolerate Russian provocations on the border.", "130", "RUS"),
    ("cs", "Moskva nebude trpět provokace NATO u svých hranic.", "130", "IGO"),  # imperfective 'trpět'
    ("cs", "Izrael nevyloučil vojenský zásah proti Íránu.", "138", "IRN"),
    ("en", "Israel did not rule out military action against Iran.", "138", "IRN"),
    ("cs", "Německo nevyloučilo nové sankce proti Rusku.", "1312", "RUS"),
    ("en", "Germany did not rule out new sanctions against Russia.", "1312", "RUS"),
    ("cs", "Washington by nevyloučil vojenské údery na Írán, uvedl mluvčí Pentagonu.", "138", "IRN"),
    ("en", "Washington would not rule out military strikes on Iran, the Pentagon spokesman said.", "138", "IRN"),
])
def test_negated_use_is_a_threat(pipeline: Pipeline, lang: str, text: str, code: str, target: str) -> None:
    found = _triples(pipeline, text, lang)
    assert any(c == code and t == target and not neg for c, _, t, neg in found), found


@pytest.mark.parametrize("lang, text", [
    ("cs", "Izrael vyloučil vojenský zásah proti Íránu."),
    ("en", "Israel ruled out military action against Iran."),
    ("cs", "Německo vyloučilo nové sankce proti Rusku."),
    ("cs", "Obyvatelé Gazy trpí hladem a Izrael to ví."),  # 'trpět' suffering: no act
    ("en", "Germany ruled out new sanctions against Russia."),
])
def test_affirmative_use_is_no_threat(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(c.startswith("13") for c, *_ in _triples(pipeline, text, lang))


def test_affirmative_tolerate_keeps_its_own_code(pipeline: Pipeline) -> None:
    found = _triples(pipeline, "Poland tolerated the presence of Russia's observers.", "en")
    assert not any(c.startswith("13") for c, *_ in found), found


def test_unknown_negated_code_is_rejected() -> None:
    lex = Lexicon("en", {"verbs": [{"lemma": "tolerate", "cameo": "080", "negated_cameo": "999"}]}, {})
    assert not lex.verbs and lex.rejected
