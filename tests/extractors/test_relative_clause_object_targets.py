"""A relative clause on the entry's bare object noun whose pronoun is its object or passive subject says what was
done to that noun ('lifted the sanctions that were imposed on India', 'odmítla požadavky, které vznesla Moskva'):
its prepositional phrases are the noun's, its subject or agent the noun's owner (targets.relative_phrases)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (language, sentence, (PLOVER type, source country, target country)) the whole pipeline must code
RELATIVE = [
    ("cs", "Japonsko zrušilo sankce, které na Indii uvalila Evropská unie.", ("RETREAT", "JPN", "IND")),
    ("cs", "Kanada zrušila clo, které bylo loni uvaleno na Čínu.", ("RETREAT", "CAN", "CHN")),
    ("cs", "Ukrajina odmítla požadavky, které vznesla Moskva.", ("REJECT", "UKR", "RUS")),
    ("cs", "Americký prezident odmítl návrhy, které předložila ruská vláda.", ("REJECT", "USA", "RUS")),
    ("en", "Japan lifted the sanctions which the EU had imposed on India.", ("RETREAT", "JPN", "IND")),
    ("en", "Canada lifted the sanctions that were imposed on China last year.", ("RETREAT", "CAN", "CHN")),
    ("en", "Ukraine rejected the demands that Moscow made.", ("REJECT", "UKR", "RUS")),
    ("en", "The U.S. president rejected the proposals that the Russian government submitted.",
     ("REJECT", "USA", "RUS")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), RELATIVE, ids=[f"{r[0]}-{i}" for i, r in enumerate(RELATIVE)])
def test_relative_clause_object_target(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


def test_relative_clause_on_prepositional_noun_is_background(pipeline: Pipeline) -> None:
    """'blamed X for the attack, which was linked to Y': a clause on a prepositional noun names no target."""
    text = "Afghanistan's intelligence agency blamed the Taliban for the attack, which was linked to Pakistan's army."
    triples = country_triples(pipeline_events(pipeline, text, "en"))
    assert ("ACCUSE", "AFG", "PAK") not in triples
