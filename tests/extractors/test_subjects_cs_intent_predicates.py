"""Czech dropped and controlled subjects of intent (session 14, gsr3): a third-person present form spelled alike in
both numbers ('propustí', 'podpoří', tagged singular) continues a plural subject of the clause it hangs in; an
infinitive under a predicate adjective of intent ('je připraveno jednat', parsed as the adjective's clausal subject)
is controlled by the adjective's subject, and one under a subjectless 'je připraven' takes the dropped subject of the
reporting clause; the adjective makes the act intended (AGREE for cooperation)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country)) the whole pipeline must code
BATTERY = [
    ("Polští ministři řekli, že navštíví Ukrajinu.", ("AGREE", "POL", "UKR")),
    ("Němečtí politici uvedli, že podpoří Ukrajinu.", ("AGREE", "DEU", "UKR")),
    ("Rusko je připraveno zahájit jednání s Ukrajinou.", ("AGREE", "RUS", "UKR")),
    ("Japonská vláda je připravena jednat s Čínou o sporných ostrovech.", ("AGREE", "JPN", "CHN")),
    ("Ruský ministr zahraničí uvedl, že je připraven jednat s Ukrajinou.", ("AGREE", "RUS", "UKR")),
    ("Polsko je ochotno poskytnout Ukrajině další pomoc.", ("AGREE", "POL", "UKR")),
]


@pytest.mark.parametrize(("text", "triple"), BATTERY, ids=[f"{b[1][0]}-{i}" for i, b in enumerate(BATTERY)])
def test_subjects_cs_intent_predicates_battery(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, "cs"))


def test_subjects_cs_giving_up_a_thing_is_no_surrender(pipeline: Pipeline) -> None:
    """'vzdát se dětí' (a genitive thing given up) is no surrender to the children, also under 'ochotné'."""
    assert pipeline_events(pipeline, "Ženy z Bulharska byly ochotné vzdát se novorozených dětí.", "cs") == []
