"""Warplanes, warships and fighters act for their state (ConfliBERT international news, session 16): cs agents
'válečná loď' (MIL) and 'bojovník' (UAF), as en 'warship', 'fighter'; a state's planes by its adjective ('Izraelská
letadla'), while a bare 'letadlo' is no military actor (an airliner in an accident kills no one by attack);
'Dá'iš' and 'Daeš' are the Islamic State, as en 'Daesh'."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

CRAFT = [
    ("cs", "Izraelská letadla v noci bombardovala Pásmo Gazy.", ("ASSAULT", "ISR", "PSE")),
    ("en", "Israeli warplanes bombed the Gaza Strip overnight.", ("ASSAULT", "ISR", "PSE")),
    ("cs", "Ruské bojové letouny zaútočily na pozice syrské armády.", ("ASSAULT", "RUS", "SYR")),
    ("en", "Russian warplanes attacked Syrian army positions.", ("ASSAULT", "RUS", "SYR")),
    ("cs", "Americké válečné lodě ostřelovaly pozice Islámského státu.", ("ASSAULT", "USA", "IMG")),
    ("cs", "Kurdští bojovníci zabili pět syrských vojáků.", ("ASSAULT", "SYR", "SYR")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), CRAFT)
def test_craft_acts_for_its_state(pipeline: Pipeline, lang: str, text: str,
                                  triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))


def test_a_crashing_airliner_attacks_no_one(pipeline: Pipeline) -> None:
    assert not country_triples(events(pipeline, "Letadlo narazilo do budovy a zabilo dva lidi.", "cs"))


def test_daesh_is_the_islamic_state(pipeline: Pipeline) -> None:
    text = "Irácká armáda obklíčila bojovníky Daeše."
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2024-06-18"})
    assert any(m.code == "IMGMUSISI" for m in doc.mentions)
