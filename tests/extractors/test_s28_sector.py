"""Session 28, sector strand: police and courts named without a country take the article's state."""

from __future__ import annotations

from kronika import Pipeline

UK = " The incident happened in Manchester, Britain. The man is 35 years old."


def _triples(pipeline: Pipeline, text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang})
    return {(e.type, e.source.code if e.source else "-", e.target.code if e.target else "-") for e in doc.events}


def test_s28_sector_law_enforcement_is_the_police(pipeline: Pipeline) -> None:
    assert ("COERCE", "GBRCOP", "GBRCRM") in _triples(pipeline, "Law enforcement arrested the suspect on Monday." + UK)


def test_s28_sector_cops_are_the_police(pipeline: Pipeline) -> None:
    assert ("COERCE", "GBRCOP", "GBRCVL") in _triples(pipeline, "Cops arrested the man on Monday." + UK)


def test_s28_sector_law_enforcement_as_a_modifier_acts_in_no_event(pipeline: Pipeline) -> None:
    triples = _triples(pipeline, "The law enforcement budget rose by a third." + UK)
    assert not [t for t in triples if t[1].endswith("COP")]


FLORIDA = ("A police officer arrested a drunk driver in Pinellas Park on Monday. He put the man in his SUV. "
           "The officer said the man was lucky.")


def test_s28_sector_an_acronym_is_no_city_of_another_state(pipeline: Pipeline) -> None:
    assert ("COERCE", "USACOP", "USACVL") in _triples(pipeline, FLORIDA)  # SUV is no Suv (Fiji)


def test_s28_sector_a_city_after_a_place_preposition_still_counts(pipeline: Pipeline) -> None:
    text = "A police officer arrested a drunk driver in Suva on Monday. He put the man in his car. The officer said so."
    assert ("COERCE", "FJICOP", "FJICVL") in _triples(pipeline, text)


def test_s28_sector_the_hospital_a_transfer_names_is_not_its_own_owner(pipeline: Pipeline) -> None:
    text = ("The officer, who works in Pinellas Park, Florida, wrapped the wounded pup in a blanket, placed him in his "
            "SUV rushed to the nearest animal hospital. The officer in Florida is 30. He said so.")
    assert not [t for t in _triples(pipeline, text) if t[0] == "AID"]  # no aid to the hospital itself


def test_s28_sector_the_owner_of_an_object_is_still_its_modifier(pipeline: Pipeline) -> None:
    text = "Iran rejected a U.S. request for talks on Monday."
    assert ("REJECT", "IRN", "USA") in {(a, b[:3], c[:3]) for a, b, c in _triples(pipeline, text)}


def test_s28_sector_gendarmes_are_the_police(pipeline: Pipeline) -> None:
    text = "Gendarmes arrested two men near Lyon on Monday. The men are from France. The case is in France."
    assert ("COERCE", "FRACOP", "FRACVL") in _triples(pipeline, text)


def test_s28_sector_cs_carabinieri_are_the_police(pipeline: Pipeline) -> None:
    text = "Karabiniéři zatkli starostu. Starosta je z Itálie. Případ se stal v Itálii."
    assert ("COERCE", "ITACOP", "ITAGOV") in _triples(pipeline, text, "cs")


def test_s28_sector_cs_a_gendarme_s_country_is_still_the_demonym_s(pipeline: Pipeline) -> None:
    text = "Francouzští četníci zadrželi dva české turisty. Stalo se to v Itálii."
    assert not [t for t in _triples(pipeline, text, "cs") if t[1] in ("CZECOP", "ITACOP")]
