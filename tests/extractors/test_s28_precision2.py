"""Precision faults (session 28): light-verb objects over prepositional nouns, passive request verbs, own addressees."""

from __future__ import annotations

from events_support import doc_triples as _triples

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str, lang: str) -> Doc:
    """Parse and code a hand-made text."""
    return pipeline({"text": text, "lang": lang, "published": "2024-06-18"})



def test_open_fire_on_a_camp_is_an_assault_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Forces led by Vietnam opened fire on a Cambodian camp.", "en")
    assert ("ASSAULT", "VNM", "KHM") in _triples(doc)
    assert not any(e.type == "AID" for e in doc.events)


def test_prepositional_noun_does_not_outrank_the_bare_object_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Russia opened talks on trade with China.", "en")
    assert ("CONSULT", "RUS", "CHN") in _triples(doc)


def test_passive_request_verb_takes_its_subject_as_target_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The Iranian ambassador was summoned by Israel and asked to explain the attack.", "en")
    assert ("REQUEST", "ISR", "IRN") in _triples(doc)
    assert not any(e.type == "REQUEST" and e.source and (e.source.code or "").startswith("IRN") for e in doc.events)


def test_passive_told_to_leave_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The Iranian ambassador was summoned by Israel and told to leave the country.", "en")
    assert not any(e.source and (e.source.code or "").startswith("IRN") for e in doc.events)


def test_active_request_verb_with_object_stays_active_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The Polish president was attacked by Russia and asked Germany to help.", "en")
    assert not any(e.type == "REQUEST" and e.source and (e.source.code or "").startswith("RUS") for e in doc.events)


def test_second_verb_with_its_own_warning_phrase_takes_no_shared_object_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ministryně zahraničí Velké Británie nazvala Rusko teroristickým státem a varovala před "
               "novou válkou.", "cs")
    assert ("ACCUSE", "GBR", "RUS") in _triples(doc)
    assert [t for t in _triples(doc) if t[1:] == ("GBR", "RUS")] == [("ACCUSE", "GBR", "RUS")]


def test_second_verb_with_a_charge_phrase_shares_the_object_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Policie muže zadržela a obvinila z vraždy.", "cs")
    assert ("ACCUSE", "CZE", "CZE") in _triples(doc)


def test_reason_of_a_criticism_is_a_reported_fact_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Biden was criticised for meeting Putin.", "en")
    assert ("CONSULT", "USA", "RUS") in _triples(doc)


def test_reason_of_a_criticism_is_a_reported_fact_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Biden byl kritizován za to, že se setkal s Putinem.", "cs")
    assert ("CONSULT", "USA", "RUS") in _triples(doc)


def test_content_of_a_blame_stays_alleged_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ukraine blamed Russia for attacking the plant.", "en")
    assert ("ACCUSE", "UKR", "RUS") in _triples(doc)
    assert not any(e.type == "ASSAULT" for e in doc.events)


def test_origin_phrase_hung_on_the_noun_above_names_the_body_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ms Truss, the British foreign secretary, will have discussions with foreign ministers "
               "from the Association of Southeast Asian Nations on Sunday.", "en")
    assert any(m.text.startswith("foreign ministers from") and m.code == "IGOSEAASN" for m in doc.mentions)


def test_origin_phrase_on_a_verb_stays_the_verbs_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Britain withdrew its diplomats from the United Nations mission.", "en")
    assert not any(m.text.startswith("its diplomats") and (m.code or "").startswith("IGO") for m in doc.mentions)


def test_opening_a_club_is_no_assault_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Poland opened a new club for Ukrainian refugees.", "en")
    assert not any(e.type == "ASSAULT" for e in doc.events)


def test_opening_fire_with_artillery_is_an_assault_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ukrainian troops opened fire with artillery on Russian positions.", "en")
    assert any(e.type == "ASSAULT" for e in doc.events)
