"""A reported judgement of an actor ('X said that Y lied') is X's accusation of Y (sources.judging_source)."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _triples(text: str, pipeline: Pipeline, lang: str = "cs") -> set[tuple[str, str, str]]:
    return {(e.type, e.source.code or "" if e.source else "-", e.target.code or "" if e.target else "-")
            for e in events(pipeline, text, lang)}


def test_sources_judging_reporter_accuses_the_one_judged(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "CZEOPP", "CZEGOV") in _triples("Opozice tvrdí, že vláda lže.", pipeline)
    assert ("ACCUSE", "CZEOPP", "CZEGOV") in _triples("Vláda selhala, řekl předseda opozice.", pipeline)


def test_sources_judging_quote_speaker_accuses(pipeline: Pipeline) -> None:
    text = "„Jsem hluboce přesvědčen, že se vláda mýlí,“ řekl předseda opozice."
    assert ("ACCUSE", "CZEOPP", "CZEGOV") in _triples(text, pipeline)


def test_sources_judging_needs_an_actor_judged_and_a_reporter(pipeline: Pipeline) -> None:
    assert _triples("Motor selhal.", pipeline) == set()
    assert _triples("Vláda selhala.", pipeline) == set()  # nobody reports the judgement: no accuser


def test_sources_judging_criticism_faced_is_not_the_reporters(pipeline: Pipeline) -> None:
    """'čelit kritice' names its critics in a passive_source phrase: the reporter is not the critic."""
    assert not any(t[1].startswith("CZEGOV") for t in _triples("Premiér uvedl, že Rusko čelí kritice.", pipeline))


def test_dedup_a_dropped_self_reference_states_nothing(pipeline: Pipeline) -> None:
    """The minister judging his own government is dropped (one side of the state); it must not turn the ministry's
    appeal against an unnamed home counterpart into a target-less event."""
    text = ("Ministerstvo dopravy proti rozhodnutí podá rozklad. „Jsem přesvědčen, že se vláda mýlí,“ řekl ministr "
            "dopravy Vladimír Kremlík.")
    assert ("ACCUSE", "CZEGOV", "CZE") in _triples(text, pipeline)


def test_sources_judging_denied_or_own_failure_is_no_accusation(pipeline: Pipeline) -> None:
    assert _triples("„Vláda se v tomto případě nemýlí,“ řekl předseda opozice.", pipeline) == set()
    assert not any(t[0] == "ACCUSE" for t in _triples("„Je mi líto, že jsme vás zklamali,“ řekl předseda opozice.",
                                                      pipeline))
