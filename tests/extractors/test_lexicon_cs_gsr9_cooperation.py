"""Czech cooperation lexicon (session 15, gsr9: the Czech translations of the PLOVER gold-standard records;
tools/build_cs_verbs.py): talks held with someone, an agreement reached with someone and information or experience
exchanged with someone are done by both sides (lexicon key mutual: one event each way, as the PLOVER gold codes
them); a plain meeting stays one way (the real-news gold codes 'X se sešel s Y' from X only). Mediation between two
parties ('zahájil zprostředkovatelské úsilí mezi X a Y', 'hraje roli prostředníka mezi X a Y') is CONSULT 045 with
both parties as targets."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country)) the whole pipeline must code
BATTERY = [
    ("Slovenský premiér vedl v Bratislavě rozhovory s polským prezidentem.", ("CONSULT", "SVK", "POL")),
    ("Slovenský premiér vedl v Bratislavě rozhovory s polským prezidentem.", ("CONSULT", "POL", "SVK")),
    ("Izraelská vláda zahájila jednání s Hamásem o propuštění rukojmích.", ("CONSULT", "PSE", "ISR")),
    ("Rakousko se s Maďarskem dohodlo na společném postupu na hranicích.", ("AGREE", "AUT", "HUN")),
    ("Rakousko se s Maďarskem dohodlo na společném postupu na hranicích.", ("AGREE", "HUN", "AUT")),
    ("Estonská policie si vyměňuje informace s finskou policií.", ("COOPERATE", "EST", "FIN")),
    ("Estonská policie si vyměňuje informace s finskou policií.", ("COOPERATE", "FIN", "EST")),
]


@pytest.mark.parametrize(("text", "triple"), BATTERY, ids=[f"{b[1][0]}-{i}" for i, b in enumerate(BATTERY)])
def test_lexicon_cs_gsr9_cooperation_battery(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, "cs"))


def test_lexicon_cs_gsr9_meeting_stays_one_way(pipeline: Pipeline) -> None:
    """'Ministr se setkal s francouzským velvyslancem': the meeting is coded from the subject only."""
    triples = country_triples(pipeline_events(pipeline, "Ministr se setkal s francouzským velvyslancem.", "cs"))
    assert ("CONSULT", "CZE", "FRA") in triples and ("CONSULT", "FRA", "CZE") not in triples
