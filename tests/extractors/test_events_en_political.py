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


@pytest.mark.parametrize(("text", "trigger"), [
    (US + "Sixty-two percent of Republicans agreed.", "agreed"),
    (US + "The columnist largely agreed with the senator about the winner of the debate.", "agreed"),
    (US + "His ex-wife agreed, but also contended that she should not have to sacrifice her privacy.", "agreed"),
])
def test_en_political_agreeing_in_opinion_is_no_event(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert fired(pipeline, text, trigger) == []


@pytest.mark.parametrize(("text", "trigger", "triple"), [
    ("Russia agreed with Turkey to set up a buffer zone.", "agreed", ("AGREE", "RUS", "TUR")),
    ("Russia agreed with Ukraine that the talks should continue.", "agreed", ("AGREE", "RUS", "UKR")),
])
def test_en_political_agreeing_to_act_is_a_commitment(pipeline: Pipeline, text: str, trigger: str,
                                                      triple: tuple[str, str, str]) -> None:
    assert triple in triples(fired(pipeline, text, trigger))


def test_en_political_a_public_body_agreeing_after_a_proposal_stays(pipeline: Pipeline) -> None:
    assert ("AGREE", "UKR", "-") in triples(fired(pipeline, "Russia proposed a ceasefire. Ukraine agreed.", "agreed"))


@pytest.mark.parametrize(("text", "trigger"), [
    (US + "Senator Bernie Sanders offered some pointed advice to Hillary Clinton on Friday.", "offered"),
    (US + "The pollster told the host how surprised he was, offering analysis of the election.", "offering"),
    (US + "Charter schools are offering parents of color hope.", "offering"),
])
def test_en_political_offering_advice_or_hope_is_no_commitment(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert fired(pipeline, text, trigger) == []


def test_en_political_offering_help_stays_a_commitment(pipeline: Pipeline) -> None:
    assert ("AGREE", "DEU", "UKR") in triples(fired(pipeline, "Germany offered Ukraine help with the reconstruction.",
                                                    "offered"))


@pytest.mark.parametrize(("text", "trigger", "triple"), [
    ("During a speech, Trump attacked Clinton for her support of military action in Iraq and Libya.", "attacked",
     ("ACCUSE", "USA", "USA")),
    ("The Chinese foreign minister attacked Japan for its visits to the Yasukuni shrine.", "attacked",
     ("ACCUSE", "CHN", "JPN")),
    (US + "The radio host Hugh Hewitt pressed Senator Tom Harlan on his failure to release his tax returns.",
     "pressed", ("REQUEST", "USA", "USA")),
])
def test_en_political_attacked_for_and_pressed_on(pipeline: Pipeline, text: str, trigger: str,
                                                  triple: tuple[str, str, str]) -> None:
    assert triples(fired(pipeline, text, trigger)) == {triple}
