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
