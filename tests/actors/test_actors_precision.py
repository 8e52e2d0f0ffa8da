"""Precision on unseen news: short aliases, names inside longer names, namesakes, home-relative parliaments."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_precision_company_suffix_is_not_a_party(pipeline: Pipeline) -> None:
    # 'SA' used to match the Slovak party SaS through an English plural ending
    assert all(m.code != "SVKPTY" for m in run(pipeline, "The company, Grupo Alfa SA, will appeal.", "en").mentions)
    assert coded(run(pipeline, "Poslanci SaS to odmítli.", "cs"))["SaS"] == "SVKPTY"


def test_precision_media_name_inside_a_longer_name(pipeline: Pipeline) -> None:
    doc = run(pipeline, "The Independent Workers Union of Great Britain protested. The Independent reported it.", "en")
    assert [m.text for m in doc.mentions if m.code == "GBRMED"] == ["The Independent"]


def test_precision_surname_of_an_unlisted_person_is_no_famous_namesake(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Local farmer Tom Merkel said the harvest failed. Merkel blamed the weather.", "en")
    m = next(m for m in doc.mentions if m.text == "Merkel")
    assert m.code is None and "namesake" in m.reason
    doc = run(pipeline, "Boris Johnson spoke. Later Johnson left.", "en")
    assert coded(doc)["Johnson"] == "GBRGOV"


def test_precision_lower_house_belongs_to_its_demonym_or_home(pipeline: Pipeline) -> None:
    assert coded(run(pipeline, "Polská Sněmovna schválila zákon.", "cs"))["Polská Sněmovna"] == "POLLEG"
    assert coded(run(pipeline, "Sněmovna schválila zákon.", "cs"))["Sněmovna"] == "CZELEG"
    assert coded(run(pipeline, "The French Senate approved the law.", "en"))["French Senate"] == "FRALEG"


def test_precision_a_one_word_name_never_stands_on_a_pronoun_or_determiner(pipeline: Pipeline) -> None:
    # 'Tato' (a form of 'tento', this) matched the company Tata, 'Sama' (herself) Samoa
    doc = run(pipeline, "Tato zpráva přišla včera. Sama to potvrdila. Koupil auto od Taty.", "cs")
    assert [(m.text, m.code) for m in doc.mentions if m.code and m.code.endswith("BUS")] == [("Taty", "INDBUS")]
    assert not any(m.text in {"Tato", "Sama"} for m in doc.mentions)


def test_precision_a_reflexive_se_is_no_company_suffix(pipeline: Pipeline) -> None:
    # 'SE' (Societas Europaea) is a legal form; the Czech reflexive 'se' after a name is not ('KLDR se', 'Tesla se')
    doc = run(pipeline, "KLDR se v úterý ohradila proti sankcím. Firma Siemens SE oznámila zisk.", "cs")
    assert "KLDR" in coded(doc) and not any(m.text.endswith(" se") for m in doc.mentions)
