"""A headline's target-less act folds into the lead's same act with a target (dedup._retold): the lead names what
the headline leaves out; a passive headline's victim read as the source stays."""

from __future__ import annotations

from events_support import pipeline_events

from kronika import Pipeline

SPARTA = "Sparta nechce přijít v Plzni o Tetteha. Odvolala se proti dvojzápasovému trestu\n\n" \
         "Fotbalová Sparta se odvolala proti dvouzápasovému trestu pro útočníka Benjamina Tetteha.\n"


def test_dedup_headline_act_folds_into_the_leads(pipeline: Pipeline) -> None:
    events = [e for e in pipeline_events(pipeline, SPARTA, "cs") if e.type == "REJECT"]
    assert [(e.source.code if e.source else None, e.target is not None) for e in events] == [("CZEBUS", True)]
    assert len(events[0].mentions) == 2


def test_dedup_headline_one_paragraph_text_keeps_both(pipeline: Pipeline) -> None:
    text = SPARTA.replace("\n\n", " ").replace("trestu F", "trestu. F")
    events = [e for e in pipeline_events(pipeline, text, "cs") if e.type == "REJECT"]
    assert len(events) == 2  # no headline line: the sentences are separate acts for all dedup knows
