"""English role assignment (session 27): a reason phrase's possessive is the object's act; a place phrase under an
aimed-at noun ('fired at targets in X') names the attacked state."""

from __future__ import annotations

from events_support import doc_triples as _triples

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str) -> Doc:
    """Parse and code a hand-made English text."""
    return pipeline({"text": text, "lang": "en", "published": "2022-03-15"})



def test_reason_possessive_is_the_sanctioned_partys_act(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The European Union imposed sanctions on Russia over its invasion of Ukraine.")
    found = _triples(doc)
    assert ("SANCTION", "IGO", "RUS") in found
    assert ("ASSAULT", "RUS", "UKR") in found
    assert ("ASSAULT", "IGO", "UKR") not in found


def test_reason_possessive_with_a_bare_object(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The EU sanctioned Russia over its invasion of Ukraine.")
    assert ("ASSAULT", "RUS", "UKR") in _triples(doc)


def test_possessive_outside_a_reason_phrase_stays_the_subjects(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Russia defended its invasion of Ukraine.")
    assert ("ASSAULT", "RUS", "UKR") in _triples(doc)


def test_fired_at_targets_in_a_city_targets_its_state(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Russian forces fired missiles at targets in Kharkiv.")
    found = _triples(doc)
    assert ("ASSAULT", "RUS", "UKR") in found
    assert ("ASSAULT", "RUS", "RUS") not in found


def test_place_under_a_non_target_phrase_is_no_target(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Russian forces fired missiles from bases in Belarus.")
    assert not any(t[2] == "BLR" for t in _triples(doc))


def test_denied_charge_aims_at_the_accuser(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Pakistan accused India of supporting militants. India denied the charge.")
    assert ("REJECT", "IND", "PAK") in _triples(doc)


def test_claim_a_relative_clause_denies_aims_at_the_accuser(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ukraine accused Russia of shelling the plant, a claim Moscow denies.")
    found = _triples(doc)
    assert ("ACCUSE", "UKR", "RUS") in found
    assert ("REJECT", "RUS", "UKR") in found


def test_claim_with_its_own_content_clause_is_no_earlier_accusation(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Pakistan accused India of supporting militants. India rejected the claim that its "
               "economy was shrinking.")
    assert ("REJECT", "IND", "PAK") not in _triples(doc)


def test_passive_agent_is_no_object_of_a_specific_entry(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "French police were attacked by demonstrators in Paris.")
    assert ("ASSAULT", "FRA", "FRA") in _triples(doc)


def test_agent_only_entry_still_drops_with_its_reason(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The case started by the police raid was closed.")
    assert not any(e.trigger == "started" for e in doc.events)


def test_participle_drawing_criticism_targets_the_clause_subject(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Russia annexed Crimea, drawing condemnation from the West.")
    assert ("ACCUSE", "WST", "RUS") in _triples(doc)


def test_participle_prompting_criticism_targets_the_doer(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Chinese warships sailed near Taiwan, prompting criticism from Japan.")
    assert ("ACCUSE", "JPN", "CHN") in _triples(doc)


def test_swapped_entry_without_a_participle_names_no_receiver(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The annexation of Crimea drew condemnation from the West.")
    assert not any(t[0] == "ACCUSE" and t[1] == "WST" and t[2] != "-" for t in _triples(doc))


def test_time_clause_subject_is_no_addressee_of_a_demand(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Former prime minister Andreas Papandreou demanded immediate elections after a special "
               "court cleared him.")
    assert not any(t[0] == "REQUEST" and t[2] != "-" for t in _triples(doc))


def test_time_clause_with_when_is_no_addressee(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Zelensky called for more weapons when Russia attacked Kyiv.")
    found = _triples(doc)
    assert ("REQUEST", "UKR", "RUS") not in found
    assert ("ASSAULT", "RUS", "UKR") in found


def test_complement_clause_subject_stays_the_addressee(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Zelensky demanded that Russia withdraw its troops.")
    assert ("REQUEST", "UKR", "RUS") in _triples(doc)


def test_hyphenated_frame_noun_is_no_party(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Millions of Dutch people joined a climate strike protest last Friday in the run-up to a "
               "U.N. climate summit.")
    found = _triples(doc)
    assert ("PROTEST", "NLD", "IGO") not in found
    assert any(t[0] == "PROTEST" and t[1] == "NLD" for t in found)


def test_a_party_outside_a_frame_stays(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Dutch students protested against the United Nations on Friday.")
    assert ("PROTEST", "NLD", "IGO") in _triples(doc)


def test_border_with_a_state_is_not_the_one_protected(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Polish soldiers protect the border with Belarus.")
    assert not any(t[0] == "AID" and t[2] == "BLR" for t in _triples(doc))


def test_aid_recipient_outside_a_with_phrase_stays(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The EU sent aid to Ukraine together with the United States.")
    assert ("AID", "IGO", "UKR") in _triples(doc)


def test_people_a_downed_vehicle_carries_are_the_victims(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Russian forces shot down a plane carrying Ukrainian soldiers.")
    assert ("ASSAULT", "RUS", "UKR") in _triples(doc)


def test_cargo_a_vehicle_carries_is_no_victim(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Israeli jets struck a truck carrying weapons to Hezbollah.")
    assert not any(t[0] == "ASSAULT" and t[2] == "LBN" for t in _triples(doc))


def test_earlier_talks_in_a_time_phrase_are_no_demanded_content(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "After talks with Duda, Zelensky urged NATO to act.")
    found = _triples(doc)
    assert ("CONSULT", "UKR", "POL") in found
    assert ("REQUEST", "UKR", "IGO") in found


def test_earlier_act_without_a_partner_stays_unheld(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "After violent protests by Muslim groups, the Pakistani government ordered patrols.")
    assert not any(t[0] == "PROTEST" and t[1] == "PAK" for t in _triples(doc))
