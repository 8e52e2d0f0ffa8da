"""A role noun under a reflexive possessive (cs 'svůj', grammar key reflexive_possessives) belongs to the subject
of its clause (extractors/owners.py): 'Spojené státy vyzvaly své občany' are American citizens, not the home
country's; a demonym in the phrase still says the country itself. English writes the owner's demonym."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("text,lang,expected", [
    ("Spojené státy vyzvaly své občany, aby opustili Rusko.", "cs", ("REQUEST", "USA", "USA")),
    ("Francie vyzvala své občany, aby opustili Írán.", "cs", ("REQUEST", "FRA", "FRA")),
    ("Ministerstvo zahraničí USA vyzvalo své občany, aby okamžitě opustili Rusko.", "cs", ("REQUEST", "USA", "USA")),
    ("The United States urged American citizens to leave Russia.", "en", ("REQUEST", "USA", "USA")),
    ("The French government called on French nationals to leave Iran.", "en", ("REQUEST", "FRA", "FRA")),
])
def test_owned_role_noun_is_of_the_subjects_country(pipeline: Pipeline, text: str, lang: str,
                                                     expected: tuple[str, str, str]) -> None:
    triples = country_triples(events(pipeline, text, lang))
    assert expected in triples
    assert not [t for t in triples if t[0] == "REQUEST" and t[2] not in {expected[2]}]


def test_owned_role_noun_keeps_a_country_its_phrase_names(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "text": "Německý ministr zahraničí pozval své francouzské kolegy do Berlína.",
                    "lang": "cs", "published": "2023-01-01"})
    assert [m.code for m in doc.mentions if m.text.startswith("francouzské")] == ["FRACVL"]
