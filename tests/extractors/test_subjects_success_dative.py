"""A verb of success takes its doer in the dative in Czech ('Policii se podařilo zadržet podezřelého'): the dative
does the infinitive, and 'nepodařilo' negates it, as the English subject of 'managed/failed to' does
(holders.success_experiencer, grammar key success_verbs); hand-made sentences, whole pipeline."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "lang", "trigger", "expected"), [
    ("Ukrajinské policii se podařilo zadržet ruského špiona.", "cs", "zadržet", ("COERCE", "UKR", "RUS", False)),
    ("Ukrainian police managed to detain a Russian spy.", "en", "detain", ("COERCE", "UKR", "RUS", False)),
    ("Rusku se nepovedlo dobýt Kyjev.", "cs", "dobýt", ("COERCE", "RUS", "UKR", True)),
    ("Russia failed to capture Kyiv.", "en", "capture", ("COERCE", "RUS", "UKR", True)),
    ("Německu se podařilo přesvědčit Francii.", "cs", "přesvědčit", ("REQUEST", "DEU", "FRA", False)),
])
def test_dative_of_success_verb_does_the_act(pipeline: Pipeline, text: str, lang: str, trigger: str,
                                             expected: tuple[str, str, str, bool]) -> None:
    got = {(e.type, (e.source.code or "")[:3] if e.source else None, (e.target.code or "")[:3] if e.target else None,
            e.negated) for e in events(pipeline, text, lang) if e.trigger == trigger}
    assert got == {expected}
