"""Event types (session 27): acts that code no event or another type than their trigger's first sense."""

from __future__ import annotations

from events_support import doc_triples as _triples

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str, lang: str) -> Doc:
    """Parse and code a hand-made text."""
    return pipeline({"text": text, "lang": lang, "published": "2020-01-15"})



def test_parliament_passing_a_law_is_no_agreement_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Česká Poslanecká sněmovna ve středu schválila nový stavební zákon.", "cs")
    assert not any(e.type == "AGREE" for e in doc.events)


def test_senate_approving_a_measure_is_no_agreement_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The U.S. Senate already approved the measure in a 54-41 vote.", "en")
    assert not any(e.type == "AGREE" for e in doc.events)


def test_approving_a_named_partys_application_is_agreement_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The European Union approved Ukraine's application on Friday.", "en")
    assert ("AGREE", "IGO", "UKR") in _triples(doc)


def test_bare_announcement_is_no_complaint_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Oznámení kalifornského guvernéra Newsoma reagovalo na páteční stanovisko "
               "amerického nejvyššího soudu.", "cs")
    assert not any(e.type == "ACCUSE" and e.trigger.lower() == "oznámení" for e in doc.events)


def test_criminal_complaint_against_a_named_minister_is_accusation_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Čeští opoziční poslanci podali trestní oznámení na ministra zdravotnictví.", "cs")
    assert any(e.type == "ACCUSE" for e in doc.events)


def test_demand_joined_to_a_demonstration_is_the_protest_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Serbian protesters blocked roads in Belgrade and demanded the resignation of the Serbian "
               "government.", "en")
    assert ("PROTEST", "SRB", "SRB") in _triples(doc)
    assert not any(e.type == "REQUEST" for e in doc.events)


def test_demand_joined_to_a_demonstration_is_the_protest_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Tisíce iráckých Kurdů v neděli demonstrovaly v Kirkúku a požadovaly nezávislost na Iráku.",
               "cs")
    assert ("PROTEST", "IRQ", "IRQ") in _triples(doc)
    assert not any(e.type == "REQUEST" for e in doc.events)


def test_demand_with_a_subject_of_its_own_stays_a_request_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Serbian students marched in Belgrade and the Serbian opposition demanded the resignation "
               "of the Serbian government.", "en")
    assert ("REQUEST", "SRB", "SRB") in _triples(doc)


def test_plain_demand_stays_a_request_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Gruzínská opozice požadovala odstoupení gruzínské vlády.", "cs")
    assert ("REQUEST", "GEO", "GEO") in _triples(doc)


def test_invitation_is_an_offer_to_meet_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The German chancellor invited the Polish president to Berlin.", "en")
    assert ("AGREE", "DEU", "POL") in _triples(doc)
    assert not any(e.type == "CONSULT" for e in doc.events)


def test_invitation_is_an_offer_to_meet_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Německý kancléř pozval polského prezidenta do Berlína.", "cs")
    assert ("AGREE", "DEU", "POL") in _triples(doc)
    assert not any(e.type == "CONSULT" for e in doc.events)


def test_invitation_names_its_invitee_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The American senator arrived in Washington. He invited everyone.", "en")
    assert not any(e.type == "AGREE" for e in doc.events)


def test_agentless_invitation_has_no_unnamed_inviter_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Asijští ministři byli pozváni na schůzku poprvé.", "cs")
    assert not any(e.type == "AGREE" for e in doc.events)


def test_agentless_offer_keeps_its_unnamed_giver_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The Chinese family has been offered compensation of 2 million yuan.", "en")
    assert ("AGREE", "-", "CHN") in _triples(doc)


def test_money_lent_is_economic_aid_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "China loaned Pakistan 2 billion dollars.", "en")
    assert ("AID", "CHN", "PAK") in _triples(doc)
    assert all(e.cameo == "071" for e in doc.events if e.type == "AID")


def test_intelligence_provided_is_shared_not_military_aid_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The United States provided Ukraine with intelligence on Russian troop movements.", "en")
    assert ("COOPERATE", "USA", "UKR") in _triples(doc)
    assert not any(e.type == "AID" for e in doc.events)


def test_summoning_someone_is_a_request_not_a_phone_talk_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Český premiér přivolal ministra vnitra.", "cs")
    assert ("REQUEST", "CZE", "CZE") in _triples(doc)
    assert not any(e.type == "CONSULT" for e in doc.events)


def test_government_presenting_its_own_plan_asks_no_one_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The Dutch government met in The Hague on Monday. The Dutch government presented its "
               "climate plan on Monday.", "en")
    assert not any(e.type == "REQUEST" for e in doc.events)


def test_plan_presented_to_a_named_party_is_a_proposal_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The Norwegian mediators presented a peace plan to the Colombian government.", "en")
    assert ("REQUEST", "NOR", "COL") in _triples(doc)


def test_topic_of_a_discussion_is_no_partner_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Putin and Erdogan discussed the situation in Syria by phone.", "en")
    assert {("CONSULT", "RUS", "TUR"), ("CONSULT", "TUR", "RUS")} <= _triples(doc)
    assert not any(e.target is not None and (e.target.code or "").startswith("SYR") for e in doc.events)


def test_discussion_partner_named_by_with_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The German chancellor discussed the situation in Ukraine with the Polish president.", "en")
    assert ("CONSULT", "DEU", "POL") in _triples(doc)
    assert not any(e.target is not None and (e.target.code or "").startswith("UKR") for e in doc.events)


def test_welcoming_information_appeals_for_it_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The British police said they would welcome any information from the British public.", "en")
    assert ("REQUEST", "GBR", "GBR") in _triples(doc)
    assert not any(e.type in {"SUPPORT", "AGREE"} for e in doc.events)


def test_welcoming_a_decision_stays_praise_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The French president welcomed the decision of the German government.", "en")
    assert ("SUPPORT", "FRA", "DEU") in _triples(doc)
