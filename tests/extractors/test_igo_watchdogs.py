"""International bodies of the news are actors in both languages: the chemical weapons watchdog (OPCW, coded as
the UN family it reports to: IGOUNO)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (sentence, language, (PLOVER type, source country, target country)) the whole pipeline must code
WATCHDOGS = [
    ("Syria accused the OPCW of bias.", "en", ("ACCUSE", "SYR", "IGOUNO")),
    ("Sýrie obvinila Organizaci pro zákaz chemických zbraní ze zaujatosti.", "cs", ("ACCUSE", "SYR", "IGOUNO")),
    ("Rusko i syrská vláda uvítaly návštěvu OPCW.", "cs", ("SUPPORT", "SYR", "IGOUNO")),
    ("Both Russia and the Syrian government have welcomed the OPCW visit.", "en", ("SUPPORT", "RUS", "IGOUNO")),
]


@pytest.mark.parametrize(("text", "lang", "triple"), WATCHDOGS, ids=[f"{b[1]}-{i}" for i, b in enumerate(WATCHDOGS)])
def test_igo_watchdog_is_an_actor(pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))
