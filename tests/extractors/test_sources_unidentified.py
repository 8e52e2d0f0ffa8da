"""Sources: a killing by a bomb or explosion, or by 'someone', is the act of unidentified attackers (UAF) of the
country it happened in (sources.unidentified_attacker, word lists in data/<lang>/sources.json); hand-made
sentences, whole pipeline."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_sources_unidentified_bomb_subject_is_an_unknown_attacker_of_the_place(pipeline: Pipeline) -> None:
    evs = events(pipeline, "A car bomb explosion in Kabul killed six Afghan soldiers on Monday.")
    assert triples(evs) == {("ASSAULT", "AFG", "AFG")}
    assert evs[0].source is not None and evs[0].source.code == "AFGUAF" and evs[0].source.span is None
    assert evs[0].rule.endswith("+unidentified-attacker")


def test_sources_unidentified_someone_is_an_unknown_attacker_en(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Someone shot a Czech tourist in Prague on Friday.")
    assert [e.source.code if e.source else None for e in evs] == ["CZEUAF"]


def test_sources_unidentified_explosion_cs(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Výbuch nálože v Mogadišu zabil pět somálských vojáků.", "cs")
    assert [e.source.code if e.source else None for e in evs] == ["SOMUAF"]


def test_sources_unidentified_named_attackers_and_accidents_are_not_unknown(pipeline: Pipeline) -> None:
    assert not any((e.source.code or "").endswith("UAF") for e in events(
        pipeline, "Russian troops killed ten civilians in Bucha.") if e.source)
    assert not events(pipeline, "Ten people were killed in a car crash in Kenya.")  # no bomb, no attacker
