"""Sources: a subjectless controlled or coordinated verb shares the source of the verb it hangs on when that
verb's own subject is a personal pronoun or dropped (sources.governing_source); hand-made sentences, whole
pipeline."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_sources_governing_controlled_infinitive_of_a_pronoun_subject(pipeline: Pipeline) -> None:
    text = "Chancellor Olaf Scholz arrived in Paris on Monday. He said he would continue to support Ukraine."
    evs = [e for e in events(pipeline, text) if e.trigger == "support"]
    assert triples(evs) == {("AGREE", "DEU", "UKR")}
    assert evs[0].rule.endswith("+governing-clause:continue")


def test_sources_governing_infinitive_adverbial_of_a_pronoun_subject(pipeline: Pipeline) -> None:
    text = "Boris Johnson arrived in Kyiv. He goes on to criticise Vladimir Putin."
    assert ("ACCUSE", "GBR", "RUS") in triples(events(pipeline, text, lang="en"))


def test_sources_governing_cs_dropped_subject_of_an_intent_verb(pipeline: Pipeline) -> None:
    text = "Prezident Emmanuel Macron řekl, že hodlá navštívit Polsko."
    evs = [e for e in events(pipeline, text, lang="cs") if e.trigger == "navštívit"]
    assert triples(evs) == {("AGREE", "FRA", "POL")}


def test_sources_governing_cs_dropped_subject_after_a_sentence(pipeline: Pipeline) -> None:
    text = "Německá kancléřka Angela Merkelová přijela do Paříže. Rozhodla se podpořit Ukrajinu."
    assert ("AGREE", "DEU", "UKR") in triples(events(pipeline, text, lang="cs"))


def test_sources_governing_demonstrative_subject_is_a_fact_not_an_actor(pipeline: Pipeline) -> None:
    text = "Rusko vyhlásilo blokádu. To nezabránilo Polsku podpořit Ukrajinu."  # the dative controls the act
    assert [e.source.code for e in events(pipeline, text, lang="cs") if e.trigger == "podpořit" and e.source] == [
        "POL"]


def test_sources_governing_it_without_a_reporter_is_no_actor(pipeline: Pipeline) -> None:
    text = "Boris Johnson arrived in Kyiv. It goes on to criticise Vladimir Putin."
    assert not [e for e in events(pipeline, text, lang="en") if e.trigger == "criticise"]


def test_sources_governing_present_participle_adverbial(pipeline: Pipeline) -> None:
    text = "Boris Johnson arrived in Kyiv. He then shared a long post, urging Vladimir Putin to withdraw."
    evs = [e for e in events(pipeline, text, lang="en") if e.trigger == "urging"]
    assert triples(evs) == {("REQUEST", "GBR", "RUS")}

