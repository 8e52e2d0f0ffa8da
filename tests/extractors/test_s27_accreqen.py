"""English ACCUSE/REQUEST recall (session 27): phrasal criticism verbs and their negative cases."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_hit_out_at_is_criticism(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Russian foreign ministry hit out at the United States on Monday.")
    assert ("ACCUSE", "RUS", "USA") in triples(evs)


def test_hit_out_at_with_over_phrase_takes_the_at_target(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Moscow hit out at Berlin over the decision.")
    assert ("ACCUSE", "RUS", "DEU") in triples(evs)


def test_hit_back_at_is_criticism(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Polish prime minister hit back at Brussels over the migration pact.")
    assert {t[0] for t in triples(evs)} == {"ACCUSE"}
    assert ("ACCUSE", "POL", "IGOEUR") in triples(evs)


def test_hit_out_without_at_target_codes_nothing(pipeline: Pipeline) -> None:
    assert not any(e.type == "ACCUSE" for e in events(pipeline, "The storm hit out of nowhere in Germany."))


def test_hit_back_with_sanctions_is_no_criticism(pipeline: Pipeline) -> None:
    assert not any(e.type == "ACCUSE" for e in events(pipeline, "Russia hit back at the EU with new sanctions."))


def test_renewed_calls_take_the_light_verb_subject_as_source(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ukraine's foreign minister renewed calls for Germany to deliver Taurus missiles.")
    assert ("REQUEST", "UKR", "DEU") in triples(evs)


def test_echoed_calls_take_the_light_verb_subject_as_source(pipeline: Pipeline) -> None:
    evs = events(pipeline, "France echoed calls for Iran to release the prisoners.")
    assert ("REQUEST", "FRA", "IRN") in triples(evs)


def test_repeated_accusations_take_the_light_verb_subject_as_source(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Russia repeated accusations against Ukraine.")
    assert ("ACCUSE", "RUS", "UKR") in triples(evs)


def test_renewed_contract_codes_nothing(pipeline: Pipeline) -> None:
    assert events(pipeline, "The company renewed its contract with the city.") == []


def test_naming_a_vote_a_sham_is_criticism_of_its_actor(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Ukraine called the Russian referendum a sham.")
    assert ("ACCUSE", "UKR", "RUS") in triples(evs)


def test_a_sham_outside_a_naming_codes_nothing(pipeline: Pipeline) -> None:
    assert not any(e.type == "ACCUSE" for e in events(pipeline, "Russia held sham referendums in occupied Ukraine."))
