"""Cities (data/places.tsv, GeoNames) as evidence of their state: home country and 'police in X'."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline
from kronika.actors.lexicon import lexicon


def test_places_index_keeps_cities_and_drops_common_words() -> None:
    places = lexicon("cs").places
    assert {e.code for e in places["sacramento"]} == {"USA"}
    assert {e.code for e in places["brno"]} == {"CZE"}
    assert "USA" in {e.code for e in places["new"] if e.name == "New York City"}
    assert "most" not in places  # the Czech town Most is also the word 'bridge'


def test_places_czech_city_after_preposition_codes_the_group(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Policie v Sacramentu zastřelila muže. Podle policie šlo o ozbrojeného útočníka.", "cs")
    assert coded(doc)["Policie v Sacramentu"] == "USACOP"
    assert all(m.code is None or not m.code.startswith("CZE") for m in doc.mentions)
    assert [d["code"] for d in doc.meta["actors_dropped"]] == ["USA"]  # the city is evidence, not an actor


def test_places_english_city_before_the_group_noun(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Sacramento police shot a man on Tuesday.", "en")
    assert coded(doc)["Sacramento police"] == "USACOP"
    assert "Sacramento" not in coded(doc)


def test_places_english_court_in_a_city(pipeline: Pipeline) -> None:
    assert coded(run(pipeline, "A court in Cardiff sentenced the man.", "en"))["court in Cardiff"] == "GBRJUD"


def test_places_czech_inflected_exonym_and_multiword_city(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Soud v Mnichově a policie v New Yorku to potvrdily.", "cs")
    assert coded(doc)["Soud v Mnichově"] == "DEUJUD"
    assert coded(doc)["policie v New Yorku"] == "USACOP"


def test_places_domestic_town_keeps_the_czech_home(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Policie v Brně zadržela dva muže. Soud je poslal do vazby.", "cs")
    assert coded(doc)["Soud"] == "CZEJUD"
    assert doc.meta["home_country"]["counts"] == {"CZE": 1}


def test_places_foreign_city_suspends_the_czech_default(pipeline: Pipeline) -> None:
    # a foreign city and another state: an international story, the court stays open
    doc = run(pipeline, "Policie v Londýně zadržela dva Poláky. Soud je poslal do vazby.", "cs")
    assert doc.meta["home_country"]["clear"] is None
    assert coded(doc)["Soud"] == "---JUD"
    assert coded(run(pipeline, "Sněmovna schválila zákon.", "cs"))["Sněmovna"] == "CZELEG"  # no places: default


def test_places_cities_of_one_state_as_the_only_references_make_it_the_home(pipeline: Pipeline) -> None:
    # a Czech report of a London story names no state, only the city: its court is a British court
    doc = run(pipeline, "Policie v Londýně zadržela dva muže. Soud je poslal do vazby.", "cs")
    assert doc.meta["home_country"]["clear"] == "GBR"
    assert coded(doc)["Soud"] == "GBRJUD"


def test_places_inherit_noun_passes_the_place_to_its_body(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Komisař kriminální policie ze Zlína obvinil dvojici.", "cs")
    assert coded(doc)["Komisař kriminální policie ze Zlína"] == "CZECOP"
    doc = run(pipeline, "Mluvčí policie v Sacramentu to potvrdil.", "cs")
    assert coded(doc)["Mluvčí policie v Sacramentu"] == "USACOP"


def test_places_city_inside_a_person_name_is_no_place(pipeline: Pipeline) -> None:
    doc = run(pipeline, "The writer Jack Sacramento spoke on Tuesday.", "en")
    assert doc.meta["actors_dropped"] == []


def test_places_city_beside_a_nested_body_codes_both(pipeline: Pipeline) -> None:
    # spaCy hangs both 'Sacramento' and 'police' on 'officers': the officers are police, of the city's state
    doc = run(pipeline, "Prosecutors declined to charge Sacramento police officers who shot a man.", "en")
    assert coded(doc)["Sacramento police officers"] == "USACOP"


def test_places_us_states_in_english_and_czech(pipeline: Pipeline) -> None:
    assert coded(run(pipeline, "Police in Texas arrested a man.", "en"))["Police in Texas"] == "USACOP"
    doc = run(pipeline, "Policie v Kalifornii zatkla muže.", "cs")
    assert doc.meta["home_country"]["counts"] == {"USA": 1}
    assert all(not (m.code or "").startswith("CZE") for m in doc.mentions)


def test_places_city_as_a_first_name_is_no_place(pipeline: Pipeline) -> None:
    # Vladimir (a Russian city) as the first name of an official: it made a Czech court story 'foreign' (no home)
    doc = run(pipeline, "Ministerstvo spravedlnosti to potvrdilo podle mluvčího úřadu Vladimíra Řepky. "
                        "Informoval o tom mluvčí úřadu Vladimír Řepka. Policie muže zadržela.", "cs")
    assert doc.meta["actors_dropped"] == []
    assert doc.meta["home_country"]["clear"] == "CZE"
    assert coded(doc)["Ministerstvo spravedlnosti"] == "CZEGOV" and coded(doc)["Policie"] == "CZECOP"
    doc = run(pipeline, "Sacramento Police arrested two men.", "en")  # a group noun after the city: still the place
    assert coded(doc)["Sacramento Police"] == "USACOP"


def test_places_capital_after_na_with_accusative_is_the_target_state(pipeline: Pipeline) -> None:
    # lexicon-cs request: 'na Kyjev' (Acc) is the verb's argument, 'na Ukrajině' / 'v Moskvě' (Loc) a place
    doc = run(pipeline, "Rusko zaútočilo na Kyjev. Varšava si stěžuje na Berlín.", "cs")
    assert coded(doc)["Kyjev"] == "UKR" and coded(doc)["Berlín"] == "DEU"
    assert {(e.type, e.source and e.source.code, e.target and e.target.code) for e in doc.events} >= {
        ("ASSAULT", "RUS", "UKR"), ("ACCUSE", "POLGOV", "DEU")}
    doc = run(pipeline, "Jednání proběhlo v Moskvě.", "cs")
    assert "Moskvě" not in coded(doc)


def test_places_nominative_form_after_na_takes_the_case_of_its_preposition(pipeline: Pipeline) -> None:
    # the tagger says Loc for 'Kábul' after 'na', but a Loc form would be 'Kábulu': the preposition's Acc decides
    doc = run(pipeline, "Taliban zaútočil na Kábul.", "cs")
    assert coded(doc)["Kábul"] == "AFG"
    assert ("ASSAULT", "AFGREB", "AFG") in {(e.type, e.source and e.source.code, e.target and e.target.code)
                                             for e in doc.events}
    doc = run(pipeline, "Jednání se konalo v Soči.", "cs")  # indeclinable, v + Loc: still a place
    assert "Soči" not in coded(doc)

def test_places_acting_city_or_region_is_its_state(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Texas passed a strict abortion law. The Justice Department sued Texas on Thursday.", "en")
    assert [m.code for m in doc.mentions if m.text == "Texas"] == ["USAGOV", "USA"]  # were unresolved names
    doc = run(pipeline, "Defense Secretary Lloyd Austin visited Kyiv. Austin said the aid would continue.", "en")
    assert coded(doc)["Austin"] == "USAGOV"  # the person named before, not the Texas city
    doc = run(pipeline, "Paris Hilton criticised the hotel.", "en")
    assert all(m.code != "FRA" for m in doc.mentions)  # a capital that goes on into a name is no capital


def test_places_region_under_a_compass_or_area_noun_is_a_place_cs(pipeline: Pipeline) -> None:
    # 'jih Skotska', 'na předměstí Madridu': a part of a place is still that place (data place_heads)
    doc = run(pipeline, "Bouře zasáhnou jih Skotska. Policie varovala řidiče.", "cs")
    assert doc.meta["home_country"]["clear"] == "GBR"
    assert coded(doc)["Policie"] == "GBRCOP"
    doc = run(pipeline, "Policie zadržela muže na předměstí Madridu. Soud ho poslal do vazby.", "cs")
    assert coded(doc)["Soud"] == "ESPJUD"
    assert coded(run(pipeline, "Bouře zasáhnou jih Moravy. Policie varovala řidiče.", "cs"))["Policie"] == "CZECOP"


def test_places_adjective_of_a_foreign_city_or_region_codes_its_body_cs(pipeline: Pipeline) -> None:
    # 'Oxfordský korunní soud', 'queenslandská policie': the adjective is evidence of the state, like a demonym
    doc = run(pipeline, "Oxfordský korunní soud muže odsoudil. Policie ho zadržela v březnu.", "cs")
    assert coded(doc)["Oxfordský korunní soud"] == "GBRJUD"
    assert doc.meta["home_country"]["clear"] == "GBR"
    assert coded(run(pipeline, "Queenslandská policie zadržela muže.", "cs"))["Queenslandská policie"] == "AUSCOP"


def test_places_czech_georgie_is_the_us_state_and_gruzie_the_country(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Muž z Georgie byl odsouzen na 25 let vězení. Soud ho poslal do vězení.", "cs")
    assert doc.meta["home_country"]["clear"] == "USA"
    assert coded(doc)["Soud"] == "USAJUD"
    assert coded(run(pipeline, "Prezident Gruzie přijel na návštěvu.", "cs"))["Prezident Gruzie"] == "GEOGOV"


def test_places_surname_of_a_person_named_in_full_is_no_city(pipeline: Pipeline) -> None:
    """'Kieran Clifton ... Clifton was handed a sentence': the surname, not Clifton (New Jersey) acting."""
    doc = run(pipeline, "Kieran Clifton, 19, battered a teenager in Oxford. Clifton was handed a sentence at Oxford "
                        "Crown Court. Britain has seen such cases before.", "en")
    assert {m.code for m in doc.mentions if m.text == "Clifton"} == {"GBRCVL"}


def test_places_state_name_after_a_first_name_is_a_surname(pipeline: Pipeline) -> None:
    """'starring Tom Holland ... Holland said': the actor, not the Netherlands; 'Buddhist Myanmar' stays the state."""
    doc = run(pipeline, "Sony and Disney will make a film starring Tom Holland. Holland said he was happy.", "en")
    assert "NLD" not in {m.code for m in doc.mentions}
    doc = run(pipeline, "The army of mostly Buddhist Myanmar attacked the Rohingya.", "en")
    assert "MMR" in {(m.code or "")[:3] for m in doc.mentions}


# (text, state code that must not appear, state code that must): states that are common personal names (name_states)
NAME_STATES = [
    ("Vicki Holland tortured a monkey. Holland also fed the monkey with sausages.", "NLD", None),
    ("Jordan Henderson criticised the referee. Henderson said the decision was wrong.", "JOR", None),
    ("Georgia Harrison accused the police of lying. Harrison said she was attacked.", "GEO", None),
    # no later bare surname: 'Jordan Valley' and 'Georgia Tech' stay places of the state
    ("Jordan and Israel signed a deal. The Jordan Valley is contested.", None, "JOR"),
    ("Russia attacked Georgia. Georgia Tech students protested.", None, "GEO"),
]


@pytest.mark.parametrize(("text", "absent", "present"), NAME_STATES, ids=[c[0][:24] for c in NAME_STATES])
def test_places_state_that_is_a_personal_name_inside_a_name_is_the_person(pipeline: Pipeline, text: str,
                                                                         absent: str | None,
                                                                         present: str | None) -> None:
    """'Vicki Holland ... Holland also fed': an unknown first name before Holland still makes it a surname."""
    codes = {(m.code or "")[:3] for m in run(pipeline, text, "en").mentions}
    assert absent not in codes and (present is None or present in codes)


def test_places_part_of_a_state_before_its_name_is_no_first_name(pipeline: Pipeline) -> None:
    """'invasion of South Lebanon', 'Moslem forces in east Bosnia': the state, not a surname."""
    doc = run(pipeline, "Israel mounted its invasion of South Lebanon on Monday.", "en")
    assert "LBN" in {(m.code or "")[:3] for m in doc.mentions}


def test_actors_places_an_acronym_is_no_acting_city(pipeline: Pipeline) -> None:
    """'abandoned its IPO': an all-capitals acronym is no city (Ipoh, alias Ipo) acted on, so no Malaysia."""
    text = "Endeavor, a company backed by the American investor Ari Emanuel, abandoned its IPO."
    doc = pipeline({"id": "t", "text": text, "lang": "en"})
    assert not any((m.code or "").startswith("MYS") for m in doc.mentions)


def test_places_surname_of_a_person_named_in_full_in_another_case_is_no_acting_city(pipeline: Pipeline) -> None:
    """'Andrewa Conwaye ... ukořistil Conway': the surname, compared by inflection keys, is no city in Arkansas."""
    doc = run(pipeline, "Body přinesly pokusy nováčků Patricka Campbella a Andrewa Conwaye. Míč pak ukořistil Conway.",
              "cs")
    assert coded(doc)["Conway"] is None  # was USAGOV


def test_places_a_name_on_a_place_noun_is_no_private_person(pipeline: Pipeline) -> None:
    """'na předměstí Houstonu Spring': an unlisted name hung on a place noun (actors key place_heads) is a place, not
    a private person of the home country (it became the host of a 'visit')."""
    text = "Policie v Texasu zadržela muže. Haskell odcestoval z Kalifornie na předměstí Houstonu Spring."
    doc = run(pipeline, text, "cs")
    assert coded(doc).get("Houstonu Spring") is None
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_places_a_name_ending_in_an_acronym_is_no_private_person(pipeline: Pipeline) -> None:
    """'OraQuick HIV' (a test kit named after the disease) is no private person of the home country."""
    text = "The Ugandan health ministry launched the test. The OraQuick HIV kit is sold in Uganda."
    assert coded(run(pipeline, text, "en")).get("OraQuick HIV") is None
