"""First-level regions of states (tools/regions.tsv in data/places.tsv) as evidence of their state and as actors."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline
from kronika.actors.lexicon import lexicon


def test_regions_index_holds_english_names_and_czech_exonyms() -> None:
    places = lexicon("cs").places
    for word, code in [("bavaria", "DEU"), ("bavorsko", "DEU"), ("ásám", "IND"), ("sibiř", "RUS"),
                       ("katalánsko", "ESP"), ("jihomoravský", "CZE"), ("ontario", "CAN"), ("skotsko", "GBR")]:
        assert {e.code for e in places[word]} == {code}, word  # Ontario, California is no longer indexed


def test_regions_czech_inflected_forms_code_the_body_in_them(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Policie v Bavorsku zadržela dva muže. Úřady v Ásámu zatkly tři muže. "
                        "Policie na Sibiři pátrá po zloději.", "cs")
    assert coded(doc)["Policie v Bavorsku"] == "DEUCOP"
    assert coded(doc)["Úřady v Ásámu"] == "INDGOV"
    assert coded(doc)["Policie na Sibiři"] == "RUSCOP"


def test_regions_czech_kraj_and_sko_district_keep_the_czech_home(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Povodně zasáhly obce na Ostravsku. Hejtman Jihomoravského kraje jednal s ministrem.", "cs")
    assert doc.meta["home_country"]["counts"] == {"CZE": 2}
    doc = run(pipeline, "The Zlín Region approved the plan.", "en")
    assert coded(doc)["Zlín Region"] == "CZEGOV"


def test_regions_english_region_acting_is_its_government(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Bavaria closed its borders. Officials in Assam arrested three men.", "en")
    assert coded(doc)["Bavaria"] == "DEUGOV" and coded(doc)["Officials in Assam"] == "INDGOV"
    assert ("COERCE", "DEUGOV") in {(e.type, e.source and e.source.code) for e in doc.events}
    assert coded(run(pipeline, "Quebec sued the federal government.", "en"))["Quebec"] == "CANGOV"


def test_regions_foreign_region_only_makes_the_home(pipeline: Pipeline) -> None:
    # a Czech report naming only a Spanish region: its police and court are Spanish, not the CZE default
    doc = run(pipeline, "Policie v Katalánsku zadržela dva muže. Soud je poslal do vazby.", "cs")
    assert doc.meta["home_country"]["clear"] == "ESP"
    assert coded(doc)["Soud"] == "ESPJUD"
