"""Sources: a first-person verb inside a direct quote is the speaker's act (sources.speaker_as_source): also when
the speaker is coded by the quote step alone ('the insurer said') and when the first person is on the verb an
infinitive or conjunct hangs on ('chtěli bychom poděkovat'); hand-made sentences, whole pipeline."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_sources_speaker_we_is_the_coded_speaker(pipeline: Pipeline) -> None:
    text = '"We have contacted the Ukrainian government and we will support Ukraine," the German Foreign Ministry said.'
    got = triples(events(pipeline, text))
    assert ("CONSULT", "DEU", "UKR") in got and ("AGREE", "DEU", "UKR") in got


def test_sources_speaker_cs_first_person_on_the_governing_verb(pipeline: Pipeline) -> None:
    text = "„Chtěli bychom poděkovat Polsku,“ uvedla česká vláda."
    evs = [e for e in events(pipeline, text, lang="cs") if e.trigger == "poděkovat"]
    assert triples(evs) == {("SUPPORT", "CZE", "POL")}  # the polite wish thanks now (test_modality_polite.py)


def test_sources_speaker_first_person_outside_a_quote_has_no_speaker(pipeline: Pipeline) -> None:
    text = "We have contacted the Ukrainian government."
    assert not [e for e in events(pipeline, text) if e.trigger == "contacted"]


def test_sources_speaker_coordinated_speakers_are_each_a_source(pipeline: Pipeline) -> None:
    got = triples(events(pipeline, "„Podpoříme Ukrajinu,“ uvedly Německo a Francie.", "cs"))
    assert {("AGREE", "DEU", "UKR"), ("AGREE", "FRA", "UKR")} <= got
