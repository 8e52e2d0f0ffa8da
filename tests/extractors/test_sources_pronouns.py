"""Sources: a personal pronoun subject stands for an earlier actor (subjects._antecedent): 'he/she' for the nearest
person named before it in any role, also when the verb is a participle ('he had criticised'); hand-made sentences,
whole pipeline."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_sources_pronouns_he_is_the_last_person_named_in_any_role(pipeline: Pipeline) -> None:
    text = ("Critics have long questioned the record of President Emmanuel Macron. "
            "In 2021, he criticised Russia over its troop build-up.")
    evs = [e for e in events(pipeline, text) if e.trigger == "criticised"]
    assert triples(evs) == {("ACCUSE", "FRA", "RUS")}
    assert evs[0].rule.endswith("+antecedent:person")


def test_sources_pronouns_pronoun_subject_of_a_participle(pipeline: Pipeline) -> None:
    text = "In the case of President Emmanuel Macron, he had criticised Russia before the summit."
    assert ("ACCUSE", "FRA", "RUS") in triples(events(pipeline, text))


def test_sources_pronouns_object_pronoun_of_help_is_no_subject(pipeline: Pipeline) -> None:
    text = "Syria offered its troops to President Michel Suleiman to help him oust the rebels from Beirut."
    assert not [e for e in events(pipeline, text) if e.trigger == "oust"]


def test_sources_pronouns_no_person_before_it_no_source(pipeline: Pipeline) -> None:
    text = "In 2021, he criticised Russia over its troop build-up."
    assert not [e for e in events(pipeline, text) if e.trigger == "criticised"]


def test_sources_pronouns_he_after_a_quote_is_the_narratives_person(pipeline: Pipeline) -> None:
    text = ('Jeremy Corbyn spoke in London. Mr Corbyn said: "This Prime Minister knows these words. He wants '
            'division. Clearly, he does not care." He then criticised Boris Johnson.')
    evs = [e for e in events(pipeline, text) if e.trigger == "criticised"]
    assert triples(evs) == {("ACCUSE", "GBR", "GBR")}
    assert evs[0].source is not None and evs[0].source.code == "GBRPTY"
