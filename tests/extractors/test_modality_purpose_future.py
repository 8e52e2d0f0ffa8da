"""A subjectless purpose infinitive is as future as the act it is the purpose of ('will visit Senegal to mediate':
future cooperation is AGREE, GUIDELINES rule 2); of a past act it happened with it ('visited Senegal to mediate')."""

from __future__ import annotations

from events_support import country_triples, pipeline_events

from kronika import Pipeline


def test_modality_purpose_of_a_future_visit_is_future(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "The Gambian president will visit Senegal to mediate between Senegal and "
                                    "Mauritania.", "en")
    mediate = [e for e in evs if e.trigger == "mediate"]
    assert mediate and all(e.future and e.type == "AGREE" for e in mediate)
    assert ("CONSULT", "GMB", "MRT") not in country_triples(evs)


def test_modality_purpose_of_an_intended_act_is_future(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Norway is willing to send material to help defend Saudi Arabia.", "en")
    assert ("AGREE", "NOR", "SAU") in country_triples(evs) and ("SUPPORT", "NOR", "SAU") not in country_triples(evs)


def test_modality_purpose_of_a_past_act_happened(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "The Gambian president visited Senegal to mediate between Senegal and "
                                    "Mauritania.", "en")
    assert not any(e.future for e in evs if e.trigger == "mediate")
