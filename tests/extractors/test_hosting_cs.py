"""Czech 'hostit': the host hosts its guest (CONSULT 043, source the host, as en 'host'); a guest the parser hung
as a genitive under a settlement noun of the place phrase (grammar key settlement_nouns) is the verb's object."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

HOSTS = [
    ("Německý kancléř hostil v Berlíně francouzského prezidenta.", ("CONSULT", "DEU", "FRA")),
    ("Polský prezident hostil v tomto přímořském městě litevského premiéra.", ("CONSULT", "POL", "LTU")),
    ("Maďarský premiér ve středu hostil v hlavním městě rakouského kancléře na pracovní večeři.",
     ("CONSULT", "HUN", "AUT")),
]


@pytest.mark.parametrize(("text", "triple"), HOSTS)
def test_host_is_the_source_of_hosting(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples([e for e in events(pipeline, text, "cs") if e.trigger == "hostil"])


def test_genitive_owner_of_an_office_is_no_object(pipeline: Pipeline) -> None:
    text = "Ministr jednal v kanceláři polského premiéra s velvyslanci."
    assert not any(e.trigger == "jednal" and e.target and e.target.code.startswith("POL")
                   for e in events(pipeline, text, "cs"))
