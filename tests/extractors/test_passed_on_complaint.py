"""s31: a complaint passed on to the body responsible asks it to act (REQUEST 020: en 'forwarded the complaint to',
cs 'odkazoval stížnosti na', 'postoupil stížnost'), and a phone message received from someone is that caller's call
(CONSULT 041, cs 'obdržela telefonickou zprávu od policie', as en 'received a phone call from')."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def test_en_forwarded_complaint_is_a_request(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The Czech town hall forwarded the complaint to the Road and Motorway Directorate.", "en")
    assert any(e.cameo == "020" and e.source is not None and e.source.code.startswith("CZE") for e in evs)


def test_cs_referred_complaint_is_a_request(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Pražský magistrát postoupil stížnost ministerstvu dopravy.", "cs")
    assert any(e.cameo == "020" and e.target is not None and e.target.code.startswith("CZE") for e in evs)


def test_cs_complaint_handed_in_is_no_request(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Obyvatelé předali stížnost ministerstvu dopravy.", "cs")
    assert not [e for e in evs if e.cameo == "020"]


def test_cs_phone_message_from_the_caller(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Premiér dostal telefonickou zprávu od ruského prezidenta.", "cs")
    (e,) = [e for e in evs if e.cameo == "041"]
    assert e.source is not None and e.source.code.startswith("RUS")
