"""English political news (US election reporting, PolNeAR-like): advocacy, campaign talk and agreement of opinion
that fired as demands or pledges, and the demands and accusations such news does report; data/en/verbs_extra.json
and the English role code."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import fired

from kronika import Pipeline

US = "The race in the United States is close. American voters will choose a president in November. "


@pytest.mark.parametrize(("text", "trigger"), [
    (US + "The senator aggressively pushed the tax strategy during the convention.", "pushed"),
    (US + "The governor said she will continue to push policies that help families.", "push"),
    (US + "This narrative is being pushed by the mainstream media.", "pushed"),
])
def test_en_political_pushing_a_thing_is_no_demand(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert fired(pipeline, text, trigger) == []


@pytest.mark.parametrize(("text", "trigger", "triple"), [
    ("The United States pushed Russia to withdraw its troops from the border.", "pushed", ("REQUEST", "USA", "RUS")),
])
def test_en_political_pushing_someone_to_act_is_a_demand(pipeline: Pipeline, text: str, trigger: str,
                                                         triple: tuple[str, str, str]) -> None:
    assert triples(fired(pipeline, text, trigger)) == {triple}
