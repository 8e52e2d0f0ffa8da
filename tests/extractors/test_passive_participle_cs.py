"""Czech passive participles after the noun they describe ('povstalci podporovaní Íránem', 'vláda, podporovaná
Ruskem'): the noun is the patient and the instrumental the agent, as an English reduced relative ('rebels backed
by Iran'; udview.reduced_relative)."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

PARTICIPLES = [
    ("Jemenští povstalci podporovaní Íránem zaútočili na saúdskou ropnou rafinerii.", "podporovaní",
     ("SUPPORT", "IRN", "YEM")),
    ("Syrská vláda, podporovaná Ruskem, odmítla jednat s opozicí.", "podporovaná", ("SUPPORT", "RUS", "SYR")),
    ("Palestinští ozbrojenci vyzbrojovaní Íránem ostřelovali izraelská města.", "vyzbrojovaní", ("AID", "IRN", "PSE")),
]


@pytest.mark.parametrize(("text", "trigger", "triple"), PARTICIPLES)
def test_described_noun_is_the_patient(pipeline: Pipeline, text: str, trigger: str,
                                       triple: tuple[str, str, str]) -> None:
    assert triple in country_triples([e for e in events(pipeline, text, "cs") if e.trigger == trigger])
