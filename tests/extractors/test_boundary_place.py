"""A border in a phrase under a noun locates that thing ('a stronghold on the Thai border'): an actor inside it is no
party to the act (grammar key boundary_nouns, roles.actor_of, complements.place_targets); a border phrase under the
verb ('troops gathered near Ukraine's border') still names the state the act is aimed at."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

PLACE = [
    ("Burmese troops have captured a Karen guerrilla stronghold on the Thai border.", "en", ("COERCE", "MMR", "THA")),
    ("Syrian forces attacked rebel positions along the Turkish border.", "en", ("ASSAULT", "SYR", "TUR")),
    ("Barmští vojáci dobyli baštu karenských povstalců na thajské hranici.", "cs", ("COERCE", "MMR", "THA")),
    ("Syrské síly zaútočily na pozice povstalců podél turecké hranice.", "cs", ("ASSAULT", "SYR", "TUR")),
]
AIMED = [
    ("About 100,000 Russian troops have gathered near Ukraine's border.", "en", ("MOBILIZE", "RUS", "UKR")),
    ("Russian troops shelled the Ukrainian border town.", "en", ("ASSAULT", "RUS", "UKR")),
    ("Ruští vojáci se shromáždili u ukrajinské hranice.", "cs", ("MOBILIZE", "RUS", "UKR")),
]


@pytest.mark.parametrize(("text", "lang", "triple"), PLACE, ids=[f"{b[1]}-{i}" for i, b in enumerate(PLACE)])
def test_boundary_place_under_a_noun_is_no_party(pipeline: Pipeline, text: str, lang: str,
                                                 triple: tuple[str, str, str]) -> None:
    assert triple not in country_triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang", "triple"), AIMED, ids=[f"{b[1]}-{i}" for i, b in enumerate(AIMED)])
def test_boundary_place_under_the_verb_or_as_modifier_stays(pipeline: Pipeline, text: str, lang: str,
                                                            triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))
