"""A sanction received from someone or faced is theirs on the receiver: 'received sanctions from the EU', 'got a fine
from the German police' (en receive/get + from, as cs 'dostalo od EU sankce', 'dostal od policie pokutu'), and a faced
sanction names its imposer by the noun's own state adjective or genitive ('faces new US sanctions', 'čelí sankcím
Spojených států')."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Russia received sanctions from the European Union.", ("SANCTION", "IGOEUR", "RUS")),
    ("cs", "Rusko dostalo od Evropské unie sankce.", ("SANCTION", "IGOEUR", "RUS")),
    ("en", "The Czech driver got a fine from the German police.", ("COERCE", "DEU", "CZE")),
    ("cs", "Český řidič dostal od německé policie pokutu.", ("COERCE", "DEU", "CZE")),
    ("en", "Iran faces new US sanctions.", ("SANCTION", "USA", "IRN")),
    ("cs", "Írán čelí novým sankcím Spojených států.", ("SANCTION", "USA", "IRN")),
    ("cs", "Írán čelí novým americkým sankcím.", ("SANCTION", "USA", "IRN")),
    ("en", "Russia has been hit by sanctions from the European Union.", ("SANCTION", "IGOEUR", "RUS")),
    ("cs", "Rusko bylo zasaženo sankcemi Evropské unie.", ("SANCTION", "IGOEUR", "RUS")),
])
def test_received_or_faced_sanction(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
