"""Plural group nouns that take their country from a place in their phrase: 'organizace v Assamu' are NGOs of India."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_organisations_in_a_region_are_its_states_ngos(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Studentské organizace v Assamu protestovaly proti novému zákonu o občanství.", "cs")
    assert coded(doc)["Studentské organizace v Assamu"] == "INDNGO"
    got = [(e.type, e.source.code if e.source else None) for e in doc.events]
    assert ("PROTEST", "INDNGO") in got


def test_national_organisations_take_the_demonym(pipeline: Pipeline) -> None:
    assert coded(run(pipeline, "Indické organizace kritizovaly vládu za nový zákon.", "cs"))["Indické organizace"] \
        == "INDNGO"


def test_capitalised_organizace_stays_a_name(pipeline: Pipeline) -> None:
    """'Organizací pro osvobození Palestiny' names one body outside the lists: no home NGO for it."""
    doc = run(pipeline, "Izraelské mírové hnutí jednalo s Organizací pro osvobození Palestiny.", "cs")
    assert not any(str(m.code or "").endswith("NGO") for m in doc.mentions)
