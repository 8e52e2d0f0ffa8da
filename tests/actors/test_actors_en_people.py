"""English people nouns the Czech pack already had: offenders (CRM), lawyers and voters (CVL), scholars (EDU)."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_en_people_offenders_and_scholars_are_home_actors(pipeline: Pipeline) -> None:
    text = ("Police in Ohio said a gunman shot two people in Cleveland. The United States mourned. "
            "A lawyer for the family said researchers had warned the city.")
    c = coded(run(pipeline, text, "en"))
    assert c["gunman"] == "USACRM" and c["lawyer"] == "USACVL" and c["researchers"] == "USAEDU"


def test_en_people_politicians_take_their_demonym(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "European politicians have promised to help Greece.", "en"))
    assert c["European politicians"][:3] == "EUR"


def test_actors_people_middle_name_namesake_of_an_unnamed_state(pipeline: Pipeline) -> None:
    """'John Smith' matches John Hilary Smith (Kiribati, 1970s) only by skipping a middle name; in an article that
    never names Kiribati he is a namesake, not a Kiribati official (and no vote for Kiribati as home)."""
    doc = pipeline({"id": "t", "text": "John Smith said the council in Leeds had failed. The council denied it.",
                    "lang": "en"})
    assert not any((m.code or "").startswith("KIR") for m in doc.mentions)
    assert "KIR" not in doc.meta["home_country"]["counts"]
    full = pipeline({"id": "t", "text": "Nelson Mandela met the president.", "lang": "en"})
    assert {m.text: m.code for m in full.mentions}["Nelson Mandela"].startswith("ZAF")  # an exact name stays
