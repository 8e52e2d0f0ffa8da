"""s31 English gaps whose Czech counterparts were coded: transport blocked into a city blockades it (PROTEST 144, cs
'zablokovali dopravu do Abidžanu'), and evacuating the wounded is humanitarian aid (073, cs 'evakuovaly raněné'),
where the tagger reads 'the wounded' as a participle (data/en/verbs_extra.json)."""

from __future__ import annotations

from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_blocked_transport_into_a_capital(pipeline: Pipeline) -> None:
    text = "Rebels in the Ivory Coast on Tuesday blocked transport into Abidjan as they continued their campaign."
    assert ("PROTEST", "CIV", "CIV") in country_triples(events(pipeline, text, "en"))


def test_evacuated_the_wounded_is_aid(pipeline: Pipeline) -> None:
    text = "U.N. helicopters evacuated the wounded from the besieged Bosnian town of Gorazde on Friday."
    evs = events(pipeline, text, "en")
    assert ("AID", "IGOUNO", "BIH") in country_triples(evs)
    assert any(e.cameo == "073" for e in evs)
