"""English domestic news of police and emergency services (session 22, domestic): a captured suspect or gang
leader is taken into custody (173; the agentless passive is the home police's act), medics treating someone for
injuries or at the scene and emergency services taking a person to hospital give medical aid (073), informing the
police is judicial cooperation (063); entry key source_sectors limits an act to sources of some sectors
(data/en/verbs_extra.json, extractors/precision.sector_pairs)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import fired, pipeline_events

from kronika import Pipeline

# Two sentences that make the Czech Republic the article's clear home (a domestic report).
CZ = "The Czech government met in Prague on Monday. Czech ministers discussed the economy in Prague. "


def test_captured_gang_leader_is_custody_by_the_home_police(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, CZ + "Another leader of the gang was captured in the operation, the statement added.",
                 "captured")
    assert (e.type, e.cameo) == ("COERCE", "173") and e.source is not None and e.source.code == "CZECOP"
    assert e.rule.startswith("en-kr-capture-173")
    assert not [x for x in pipeline_events(pipeline, "Rebels captured the town of Kidal on Sunday.")
                if x.cameo == "173"]  # a town taken is no arrest


def test_medics_treating_the_injured_give_medical_aid(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, CZ + "Czech paramedics treated the driver for head injuries.", "treated")
    assert (e.type, e.cameo) == ("AID", "073") and triples([e]) == {("AID", "CZE", "CZE")}
    assert not [x for x in pipeline_events(pipeline, "Putin treated Ukraine as an enemy.") if x.type == "AID"]


def test_emergency_services_taking_someone_to_hospital_give_aid_a_passive_names_no_giver(pipeline: Pipeline
                                                                                            ) -> None:
    (e,) = fired(pipeline, CZ + "Czech firefighters took the injured man to hospital.", "took")
    assert (e.type, e.cameo) == ("AID", "073") and e.source is not None and e.source.code == "CZEGOV"
    assert not [x for x in pipeline_events(pipeline, CZ + "The injured man was taken to hospital in Brno.")
                if x.type == "AID"]  # was AID '-' -> CZECVL through the unnamed agent of an aid given


def test_informing_the_police_is_cooperation_telling_them_to_act_a_demand(pipeline: Pipeline) -> None:
    (e,) = fired(pipeline, CZ + "The woman's mother informed the Czech police the following day.", "informed")
    assert (e.type, e.cameo) == ("COOPERATE", "063") and e.target is not None and e.target.code == "CZECOP"
    (d,) = fired(pipeline, "Czech President Milos Zeman told police officers to leave the castle.", "told")
    assert (d.type, d.cameo) == ("REQUEST", "100")


def test_confirming_to_a_foreign_embassy_consults_its_state(pipeline: Pipeline) -> None:
    text = ("A Czech woman went missing in London last week. Unfortunately, the British police confirmed to the Czech "
            "embassy in London that they had found the body of the missing Czech woman.")
    (e,) = fired(pipeline, text, "confirmed")
    assert (e.type, e.cameo) == ("CONSULT", "040") and triples([e]) == {("CONSULT", "GBR", "CZE")}
    said = "The Czech embassy in London confirmed to Reuters that a Czech woman had been found dead."
    assert not [x for x in pipeline_events(pipeline, said) if x.type == "CONSULT"]  # the embassy's own statement


def test_court_sending_to_prison_and_medics_resuscitating_an_ambulance_as_medics(pipeline: Pipeline) -> None:
    (s,) = fired(pipeline, CZ + "The regional court sent the man to prison for eight years.", "sent")
    assert (s.type, s.cameo) == ("COERCE", "173") and s.source is not None and s.source.code == "CZEJUD"
    (r,) = fired(pipeline, CZ + "Czech paramedics resuscitated the man for 40 minutes.", "resuscitated")
    assert (r.type, r.cameo) == ("AID", "073")
    (a,) = fired(pipeline, CZ + "The ambulance took the injured woman to the hospital in Ostrava.", "took")
    assert a.source is not None and a.source.code == "CZEHLH" and (a.type, a.cameo) == ("AID", "073")
