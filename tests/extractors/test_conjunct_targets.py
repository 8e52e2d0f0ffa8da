"""Two verbs joined right after each other share their dependents, which the parser hangs on the later one
('darovali a osobně předali nemocnici léky'): a trigger with no target of its own reads its target specs on the
later verb (targets.conjunct_targets); not when the later verb has a subject of its own."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country)) the whole pipeline must code
SHARED = [
    ("Švýcarští lékaři darovali a osobně předali íránské nemocnici léky za milion dolarů.", ("AID", "CHE", "IRN")),
    ("Americká vláda finančně podpořila a vyzbrojila ukrajinskou armádu.", ("SUPPORT", "USA", "UKR")),
    ("Americká vláda finančně podpořila a vyzbrojila ukrajinskou armádu.", ("AID", "USA", "UKR")),
    ("Izraelská armáda obklíčila a ostřelovala palestinskou vesnici.", ("COERCE", "ISR", "PSE")),
    ("Litevský prezident přivítal a vyznamenal polské vojáky.", ("SUPPORT", "LTU", "POL")),
]


@pytest.mark.parametrize(("text", "triple"), SHARED, ids=[f"{b[1][0]}-{i}" for i, b in enumerate(SHARED)])
def test_conjunct_targets_shared(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, "cs"))


def test_conjunct_targets_not_across_own_subject(pipeline: Pipeline) -> None:
    """'Maďarsko podpořilo a Rakousko odsoudilo ...': the later verb's target is not the earlier verb's."""
    text = "Maďarsko podpořilo a Rakousko odsoudilo slovenskou vládu."
    assert ("SUPPORT", "HUN", "SVK") not in country_triples(pipeline_events(pipeline, text, "cs"))
