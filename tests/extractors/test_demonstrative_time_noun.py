"""A demonstrative on a noun that names no actor ('Tento týden bylo zatčeno 12 lidí', 'this week') is no anaphor of
the last state named (roles.anaphor): the people arrested stay the target; 'tato země' still names that state."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline

GANG = ("Řecká policie rozbila gang, který prodával děti. Dva gruzínští státní příslušníci jsou obviněni, že "
        "byli vůdci celé skupiny. ")


def test_this_week_is_no_anaphor_of_the_last_state_cs(pipeline: Pipeline) -> None:
    evs = events(pipeline, GANG + "Tento týden bylo zatčeno celkem 12 lidí v souvislosti s ilegálními adopcemi.", "cs")
    arrests = [e for e in evs if e.trigger == "zatčeno"]
    assert arrests and all(e.target is not None and (e.target.code or "").endswith("CVL") for e in arrests)


def test_this_country_still_names_the_state_before_cs(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Rusko obvinilo Ukrajinu z ostřelování. Tato země podle Moskvy opakovaně útočí na "
                           "civilisty v Doněcku.", "cs")
    assert ("ASSAULT", "UKR", "UKR") in triples(evs)


class _Tok:
    def __init__(self, text: str) -> None:
        self.text = text


class _Node:
    def __init__(self, text: str, lemma: str) -> None:
        self.tok, self.lemma = _Tok(text), lemma


def test_time_nouns_of_both_languages() -> None:
    from kronika.extractors.dates import time_noun
    assert time_noun("cs", _Node("týden", "týden")) and time_noun("en", _Node("week", "week"))
    assert time_noun("cs", _Node("pondělí", "pondělí")) and not time_noun("cs", _Node("země", "země"))
    assert not time_noun("en", _Node("country", "country"))
