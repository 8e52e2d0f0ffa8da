"""Retaliation for an act is aimed at whoever did it: the Czech 'odveta na X' / 'odveta za X' reads its target from
the act's owner as the English 'retaliate for / against X' does ('na sankce ze strany EU podnikne odvetu',
'slíbila odvetu za americká cla')."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Moscow said it would retaliate against the EU sanctions.", ("THREATEN", "RUS", "IGOEUR")),
    ("cs", "Moskva prohlásila, že na sankce ze strany EU podnikne odvetu.", ("THREATEN", "RUS", "IGOEUR")),
    ("en", "China vowed to retaliate for the new US tariffs.", ("THREATEN", "CHN", "USA")),
    ("cs", "Čína slíbila odvetu za nová americká cla.", ("THREATEN", "CHN", "USA")),
    ("en", "Russia will retaliate for the expulsion of its diplomats from Britain.", ("THREATEN", "RUS", "GBR")),
    ("cs", "Rusko podnikne odvetu za vyhoštění svých diplomatů z Británie.", ("THREATEN", "RUS", "GBR")),
])
def test_retaliation_targets_whoever_did_the_act(pipeline: Pipeline, lang: str, text: str,
                                                 expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
