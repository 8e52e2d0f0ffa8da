"""An active participle modifying a noun ('postava kritizující představitele OSN') is a clause: the actors it acts
on are not the noun's actor (so not the antecedent of a dropped subject in the next sentence)."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("text", [
    "Na politické scéně se tehdy objevila nová postava kritizující představitele OSN. Uspořádala protesty proti "
    "změnám klimatu v Německu.",
    "Do debaty vstoupila nová postava zpochybňující závěry OSN. Uspořádala protesty v Německu.",
])
def test_roles_active_participle_object_is_no_antecedent(pipeline: Pipeline, text: str) -> None:
    assert not {t for t in triples(events(pipeline, text, "cs")) if t[1] == "IGOUNO"}


def test_roles_named_subject_before_a_participle_stays(pipeline: Pipeline) -> None:
    # the noun's own actor is still found: 'Studenti kritizující vládu' are the students
    evs = events(pipeline, "Čínští studenti kritizující vládu uspořádali protest v Pekingu.", "cs")
    assert any(t[0] == "PROTEST" and t[1] == "CHN" for t in triples(evs))
