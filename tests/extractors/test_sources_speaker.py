"""Sources: a first-person verb inside a direct quote is the speaker's act (sources.speaker_as_source): also when
the speaker is coded by the quote step alone ('the insurer said') and when the first person is on the verb an
infinitive or conjunct hangs on ('chtěli bychom poděkovat'); hand-made sentences, whole pipeline."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(("text", "lang", "trigger", "expected"), [
    # a purpose of a future act is future: AGREE (GUIDELINES rule 2, modality._purpose_future)
    ('"We will send doctors to help Italy," the Czech health minister said.', "en", "help", ("AGREE", "CZE", "ITA")),
    ('"I came to Kyiv to support Ukraine," the Polish president said.', "en", "support", ("SUPPORT", "POL", "UKR")),
    ("„Pošleme lékaře, abychom pomohli Itálii,“ řekl český ministr zdravotnictví.", "cs", "pomohli",
     ("AID", "CZE", "ITA")),
    ("„Přijeli jsme do Kyjeva podpořit Ukrajinu,“ řekl polský prezident.", "cs", "podpořit", ("SUPPORT", "POL", "UKR")),
])
def test_sources_speaker_purpose_infinitive(pipeline: Pipeline, text: str, lang: str, trigger: str,
                                           expected: tuple[str, str, str]) -> None:
    """'We will send doctors to help Italy': the infinitive of purpose is the speaker's act too."""
    assert triples([e for e in events(pipeline, text, lang) if e.trigger == trigger]) == {expected}


@pytest.mark.parametrize(("text", "lang", "trigger", "expected"), [
    ('"Our troops will help Poland protect the border," the Czech defence minister said.', "en", "help",
     {("AGREE", "CZE", "POL")}),
    ('"Our agronomists will cooperate with farmers in Brazil," the Swiss company Nestle said.', "en", "cooperate",
     {("AGREE", "CHE", "BRA")}),
    ("„Naši agronomové budou nadále spolupracovat s brazilskými pěstiteli,“ uvedla švýcarská společnost Nestlé.", "cs",
     "spolupracovat", {("AGREE", "CHE", "BRA")}),
    ('"Our partners in Germany will help Ukraine," the Polish minister said.', "en", "help", set()),
    ("„Naši partneři z Německa pomohou Ukrajině,“ řekl polský ministr.", "cs", "pomohou", set()),
    ('"Our children thanked the Czech doctors," the Ukrainian mother said.', "en", "thanked", set()),
])
def test_sources_speaker_our_people(pipeline: Pipeline, text: str, lang: str, trigger: str,
                                    expected: set[tuple[str, str, str]]) -> None:
    """'"Our troops will help X," the minister said': the speaking body's own people act for it; 'our partners' or
    'our children' are others."""
    assert triples([e for e in events(pipeline, text, lang) if e.trigger == trigger]) == expected
