"""Manner phrases of cooperation ('in cooperation with X', 've spolupráci s X'): the clause's actor cooperates with
X, also where the parser hung the phrase on a noun (the verb's future then makes it AGREE) and in a subjectless
complement clause, whose actor is the one who charged it."""

from __future__ import annotations

import pytest
from events_support import country_triples, dated_events

from kronika import Pipeline


@pytest.mark.parametrize(("lang", "text", "triple"), [
    # the phrase hung on 'cause': lifted to 'look', whose first-person future subject is the quote's speaker
    ("en", '"We will look into the cause of the crash in cooperation with the German police," the Czech police said.',
     ("AGREE", "CZE", "DEU")),
    ("cs", "„Příčinu nehody budeme zjišťovat ve spolupráci s německou policií,“ uvedla česká policie.",
     ("AGREE", "CZE", "DEU")),
    # a subjectless 'aby' clause: the governor's actor (his staff), named in the sentence before
    ("cs", "Kalifornský guvernér Gavin Newsom v sobotu kritizoval Nejvyšší soud. Své podřízené prý pověřil, aby ve "
           "spolupráci s americkým Kongresem pracovali na opatření.", ("COOPERATE", "USA", "USA")),
])
def test_manner_cooperation(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    """The clause's actor cooperates with the partner of the manner phrase."""
    assert triple in country_triples(dated_events(pipeline, text, lang))


def test_no_partner_no_cooperation(pipeline: Pipeline) -> None:
    """A partner the text does not name as an actor codes no cooperation."""
    evs = dated_events(pipeline, "The police will look into the cause of the crash in cooperation with experts.", "en")
    assert not [e for e in evs if e.type in {"COOPERATE", "AGREE"}]
