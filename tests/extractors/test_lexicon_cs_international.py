"""Czech verbs of international news the English side already codes (ConfliBERT translation, session 16): sharing
evidence (COOPERATE 064, en 'shared evidence with'), handing out supplies (AID 073, en 'distributed supplies to'),
pounding or hitting positions with air strikes or missiles (ASSAULT, en 'pounded', 'hit ... with a missile')."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

ACTS = [
    ("cs", "Turečtí představitelé předali Saúdské Arábii důkazy o vraždě novináře.", ("COOPERATE", "TUR", "SAU")),
    ("en", "Turkish officials shared evidence with Saudi Arabia.", ("COOPERATE", "TUR", "SAU")),
    ("cs", "Švýcarští prokurátoři poskytli důkazy americkému ministerstvu spravedlnosti.", ("COOPERATE", "CHE", "USA")),
    ("cs", "Izraelská armáda rozdala syrským uprchlíkům stany a léky.", ("AID", "ISR", "SYR")),
    ("en", "The Israeli army distributed supplies to Syrian refugees.", ("AID", "ISR", "SYR")),
    ("cs", "Irácká bojová letadla zasypala pozice Islámského státu nálety.", ("ASSAULT", "IRQ", "IMG")),
    ("en", "Iraqi warplanes pounded Islamic State positions with airstrikes.", ("ASSAULT", "IRQ", "IMG")),
    ("cs", "Jemenská armáda zasáhla balistickou raketou vojenské pozice v Saúdské Arábii.", ("ASSAULT", "YEM", "SAU")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), ACTS)
def test_international_act(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))


def test_bare_hit_is_no_attack(pipeline: Pipeline) -> None:
    """'zasáhnout' without a weapon (sports, intervening) codes no attack."""
    text = "Český brankář zasáhl v poslední minutě a zápas skončil remízou."
    assert not any(e.trigger == "zasáhl" for e in events(pipeline, text, "cs"))
