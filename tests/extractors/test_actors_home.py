"""Actors round 2 on hand-made sentences: home country, group nouns, parties, media, feminine surnames, code shape."""

from __future__ import annotations

import re

from kronika import Pipeline
from kronika.model import Doc

CODE_RE = re.compile(r"^(IGO[A-Z]{3}|[A-Z]{3})([A-Z]{3}){0,2}$")


def run(pipeline: Pipeline, text: str, lang: str, published: str = "2021-06-18") -> Doc:
    """Parse a text in the language and return the doc."""
    return pipeline({"text": text, "lang": lang, "published": published})


def coded(doc: Doc) -> dict[str, str | None]:
    """Mention text -> code."""
    return {m.text: m.code for m in doc.mentions}


def test_actors_home_country_most_referred_state_codes_groups_en(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Mexican police detained the students in Mexico. The investigators allegedly tortured the "
                        "suspects. The vandals damaged shops. Mexico's president asked the public for help.", "en")
    c = coded(doc)
    assert doc.meta["home_country"]["code"] == "MEX"
    assert c["students in Mexico"] == "MEXEDU" and c["investigators"] == "MEXCOP" and c["suspects"] == "MEXCRM"
    assert c["vandals"] == "MEXCRM" and c["public"] == "MEXCVL"  # 'in Mexico' names the students' state itself
    m = next(m for m in doc.mentions if m.text == "investigators")
    assert "home country, dominant state" in m.rule


def test_actors_home_country_language_default_cs(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Policie zadržela tři podezřelé. Studenti a učitelé protestovali. Protestující zablokovali "
                        "silnici. Vandalové ničili obchody. Mluvčí policie to potvrdil.", "cs")
    c = coded(doc)
    assert doc.meta["home_country"]["code"] == "CZE"
    assert c["Policie"] == "CZECOP" and c["podezřelé"] == "CZECRM" and c["Studenti"] == "CZEEDU"
    assert c["učitelé"] == "CZEEDU" and c["Protestující"] == "CZEOPP" and c["Vandalové"] == "CZECRM"
    assert c["Mluvčí policie"] == "CZECOP"
    assert next(m for m in doc.mentions if m.text == "Policie").rule.startswith("role:home country, language default")


def test_actors_home_country_follows_the_article_cs(pipeline: Pipeline) -> None:
    doc = run(pipeline, "V Mexiku protestovali studenti. Mexický prezident řekl, že policie zasáhla.", "cs")
    assert doc.meta["home_country"]["code"] == "MEX"
    assert coded(doc)["studenti"] == "MEXEDU" and coded(doc)["policie"] == "MEXCOP"


def test_actors_no_home_in_english_without_a_leading_state(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Police arrested two men.", "en")
    m = next(m for m in doc.mentions if m.text == "Police")
    assert doc.meta["home_country"]["code"] is None
    assert m.code == "---COP" and m.status == "unresolved"  # CAMEO's unknown country, the sector kept


def test_actors_named_person_country_beats_home(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Prezident Donald Trump to odmítl. Policie zasáhla.", "cs", "2019-10-01")
    assert coded(doc)["Prezident Donald Trump"] == "USAGOV"


def test_actors_czech_parties_and_politicians(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Poslanci ODS, SPD a KSČM kritizovali zákon. Piráti a sociální demokraté neuspěli. "
                        "Tomio Okamura a Klára Dostálová to odmítli. Podle Okamury je to chyba.", "cs", "2019-10-01")
    c = coded(doc)
    assert c["ODS"] == c["SPD"] == c["KSČM"] == c["Piráti"] == c["sociální demokraté"] == "CZEPTY"
    assert c["Tomio Okamura"] == "CZEPTY" and c["Okamury"] == "CZEPTY"
    assert any(m.code == "CZEGOV" and "Dostálová" in m.text for m in doc.mentions)


def test_actors_party_family_and_ambiguous_abbreviation_follow_home_en(pipeline: Pipeline) -> None:
    doc = run(pipeline, "German Chancellor Olaf Scholz met Social Democrats and Greens in Berlin. Germany said the "
                        "Free Democrats agreed. The SPD and AfD disagreed.", "en", "2021-12-12")
    c = coded(doc)
    assert c["Social Democrats"] == c["Greens"] == c["Free Democrats"] == c["SPD"] == c["AfD"] == "DEUPTY"


def test_actors_media_outlets_by_country_and_not_home(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Podle ČTK to oznámila Česká televize a agentura Reuters. Policie to potvrdila.", "cs")
    c = coded(doc)
    assert c["ČTK"] == c["Česká televize"] == "CZEMED" and c["agentura Reuters"] == "GBRMED"
    assert "GBR" not in doc.meta["home_country"]["counts"]
    doc = run(pipeline, "Lockheed Martin won the contract, the Associated Press and CNN reported.", "en")
    c = coded(doc)
    assert c["Lockheed Martin"] == "USABUS" and c["Associated Press"] == "USAMED" and c["CNN"] == "USAMED"


def test_actors_feminine_form_of_a_foreign_surname(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Angela Merkelová přijela do Prahy. Merkelovou přivítali. Jill Bidenová promluvila.",
              "cs", "2019-10-01")
    c = coded(doc)
    assert c["Angela Merkelová"] == "DEUGOV" and c["Merkelovou"] == "DEUGOV"
    # her first name is not Joe; unlisted and without a role she is taken as a private person of the article's
    # clear home (here Germany: a known limit of the home-country rule for private persons)
    assert c["Jill Bidenová"] == "DEUCVL"


def test_actors_feminine_surname_does_not_match_a_man(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Ministryně Jana Dostalová to odmítla.", "cs", "2004-06-01")
    assert all("GOVMED" not in (m.code or "") for m in doc.mentions)


def test_actors_latin_american_leaders_inflected_cs(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Kolumbijský prezident Iván Duque to oznámil. Podle Duqueho je to chyba. "
                        "Mexický prezident López Obrador řekl, že Lópeze Obradora to překvapilo.", "cs", "2019-10-01")
    c = coded(doc)
    assert c["Duqueho"] == "COLGOV"
    assert any(m.code == "MEXGOV" and "Obrador" in m.text for m in doc.mentions)


def test_actors_every_code_is_well_formed(pipeline: Pipeline) -> None:
    for text, lang in (("Ministr kultury Pavel Dostál a policie Nigérie jednali s OSN a WHO.", "cs"),
                       ("The Pentagon, the WHO and Nigerian police met Reuters in Abuja.", "en")):
        doc = run(pipeline, text, lang, "2004-06-01")
        assert all(CODE_RE.match(m.code) for m in doc.mentions if m.code), [m.code for m in doc.mentions]


def test_actors_well_formed_cuts_long_or_odd_codes() -> None:
    from kronika.extractors.actors import well_formed

    assert well_formed("CZEGOVMEDJUD") == "CZEGOVMED" and well_formed("IGOUNOHLHWHOXYZ") == "IGOUNOHLHWHO"
    assert well_formed("RUSGOV") == "RUSGOV" and well_formed("CZEGOVX") == "CZEGOV" and well_formed("cz!") is None
    assert well_formed("---COP") == "---COP" and well_formed("---copx") is None


def test_actors_hyphenated_place_is_not_a_capital_and_abbreviated_month_not_a_name(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Plavidla zablokovala přístavy v Calais, Saint-Malo a Ouistreham.", "cs")
    assert all(m.code != "MDV" for m in doc.mentions)
    doc = run(pipeline, "On Sept. 20 the ministry of regional development said so.", "en")
    assert not [m for m in doc.mentions if m.text in ("Sept.", "regional")]


def test_actors_two_foreign_states_tie_means_no_home_cs(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Sýrie odmítla Spojené státy. Spojené státy varovaly Sýrii. Vojáci ustoupili.", "cs")
    assert doc.meta["home_country"]["code"] is None
    assert coded(doc)["Vojáci"] == "---MIL"


def test_actors_senate_and_government_committee_of_the_home_country(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Vládní výbor to schválil. Policejní komisař to oznámil. Senát to zamítl.", "cs")
    c = coded(doc)
    assert c["Vládní výbor"] == "CZEGOV" and c["Policejní komisař"] == "CZECOP" and c["Senát"] == "CZELEG"
    doc = run(pipeline, "The U.S. Senate and the Colombian Senate met. Colombia said the Senate agreed with "
                        "Colombian police. The military spokesman denied it.", "en")
    c = coded(doc)
    assert c["U.S. Senate"] == "USALEG" and c["Senate"] == "COLLEG" and c["military spokesman"] == "COLMIL"


def test_actors_capitals_in_instrumental_and_dative_cs(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Smlouva s Paříží je definitivní. Washington nabídl Athénám fregaty.", "cs")
    c = coded(doc)
    assert c["Paříží"] == "FRA" and c["Athénám"] == "GRC"


def test_actors_state_bodies_of_the_home_country_and_us_departments(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Ústavní soud zákon zrušil. Národní centrála proti organizovanému zločinu obvinila manažera.",
              "cs")
    c = coded(doc)
    assert c["Ústavní soud"] == "CZEJUD" and c["Národní centrála proti organizovanému zločinu"] == "CZECOP"
    assert c["manažera"] == "CZEBUS"
    doc = run(pipeline, "The Department of Homeland Security concluded it. The Defense Department agreed. "
                        "The U.S. government said the Supreme Court ruled.", "en")
    c = coded(doc)
    assert c["Department of Homeland Security"] == "USAGOV" and c["Defense Department"] == "USAMIL"
    assert c["Supreme Court"] == "USAJUD"


def test_actors_slovak_pack_has_its_own_home_default() -> None:
    from kronika.actors.lexicon import lexicon

    assert lexicon("sk").home_default == "SVK" and lexicon("cs").home_default == "CZE"
    assert lexicon("en").home_default is None


def test_actors_role_noun_sector_beats_an_undated_dictionary_role(pipeline: Pipeline) -> None:
    doc = pipeline({"text": "Ministryně pro místní rozvoj Klára Dostálová to odmítla.", "lang": "cs"})
    m = next(m for m in doc.mentions if "Dostálová" in m.text)
    assert m.code == "CZEGOV" and "undated" in m.rule  # her latest dictionary role is CZEPTY


def test_actors_party_minister_holds_the_office(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Policie vyslechla ministryni pro místní rozvoj Kláru Dostálovou (za ANO).", "cs", "2019-10-01")
    m = next(m for m in doc.mentions if m.text.startswith("ministryni"))
    assert m.code == "CZEGOV"
    assert coded(doc)["ANO"] == "CZEPTY"


def test_actors_home_one_state_named_elsewhere_is_no_home_en(pipeline: Pipeline) -> None:
    # the group nouns' sentence names no state; Poland in one other sentence does not make it the home
    doc = run(pipeline, "The rebels attacked a police station. Poland's president Andrzej Duda condemned it.", "en")
    assert doc.meta["home_country"]["clear"] is None
    assert coded(doc)["police"] == "---COP"


def test_actors_home_the_only_state_of_the_sentence_en(pipeline: Pipeline) -> None:
    # PLOVER-GSR-style one-sentence reports: the group takes the one state its sentence names
    c = coded(run(pipeline, "Egyptian police opened fire to disperse fundamentalist demonstrators.", "en"))
    assert c["Egyptian police"] == "EGYCOP" and c["fundamentalist demonstrators"] == "EGYOPP"
    c = coded(run(pipeline, "Germany and France disagreed. The ministers met in Brussels.", "en"))
    assert c["ministers"] == "---GOV"


def test_actors_home_place_phrase_names_the_country_en(pipeline: Pipeline) -> None:
    doc = run(pipeline, "The government in Warsaw protested. Germany and France disagreed. Germany left.", "en")
    m = next(m for m in doc.mentions if m.text.startswith("government"))
    assert (m.text, m.code, m.rule) == ("government in Warsaw", "POLGOV", "role:place")


def test_actors_home_close_contest_is_no_home_cs(pipeline: Pipeline) -> None:
    # a translated international story: two foreign states in about as many sentences, Czechia never named
    doc = run(pipeline, "Francie pohrozila Británii. Británie odmítla francouzské požadavky. Francie trvá na svém. "
                        "Británie jedná s Irskem. Rybáři zablokovali přístavy.", "cs")
    assert doc.meta["home_country"]["clear"] is None
    assert "Rybáři" not in coded(doc)  # not a state sector: no mention without a country


def test_actors_home_generic_group_takes_no_country(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Mexican police detained students in Mexico. Mexico protested. No government should pay.", "en")
    assert all(m.code != "MEXGOV" for m in doc.mentions)


def test_actors_home_the_one_foreign_state_of_a_story_that_never_names_czechia(pipeline: Pipeline) -> None:
    doc = pipeline({"text": "Opilá polská řeholnice zavinila nehodu. Policie ji později zadržela.", "lang": "cs"})
    assert {m.text: m.code for m in doc.mentions}["Policie"] == "POLCOP"
    doc = pipeline({"text": "Cestovní kancelář Sunways zrušila zájezdy do Egypta. Policie to prověřuje.", "lang": "cs"})
    assert {m.text: m.code for m in doc.mentions}["Policie"] == "CZECOP"  # a goal of trips is no home


def test_actors_home_the_one_state_of_an_english_article(pipeline: Pipeline) -> None:
    # English has no default home: an article (not a lone sentence) naming one state, or cities of one state only,
    # is about it, and its country-less police and courts are that state's
    doc = run(pipeline, "A man was found dead on Sunday. Police arrested two suspects. The US attorney said the "
                        "court would hear the case in May.", "en")
    assert doc.meta["home_country"]["clear"] == "USA"
    assert coded(doc)["Police"] == "USACOP"
    doc = run(pipeline, "A woman was stabbed in Leeds on Friday. Police arrested a man. He will appear in court.", "en")
    assert doc.meta["home_country"]["clear"] == "GBR"
    assert coded(doc)["Police"] == "GBRCOP"


def test_actors_brief_naming_only_foreign_states_is_no_domestic_story_cs(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Bojovníci Hizballáhu v neděli zabili zástupce velitele milice, která je na jihu Libanonu "
                        "spojencem Izraele.", "cs", "1995-06-18")
    assert doc.meta["home_country"]["clear"] is None  # one sentence, only foreign states: not Czech news
    assert not any((m.code or "").startswith("CZE") for m in doc.mentions)
    assert not any((e.target and (e.target.code or "").startswith("CZE")) for e in doc.events)
    doc = run(pipeline, "Statisíce lidí zablokovaly v Hongkongu ulice, čímž se vzepřely čínským úřadům.", "cs")
    assert not any((e.source and (e.source.code or "").startswith("CZE")) for e in doc.events)


def test_actors_brief_without_foreign_states_keeps_the_default_cs(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Policie zadržela tři podezřelé.", "cs")
    assert doc.meta["home_country"]["clear"] == "CZE" and coded(doc)["Policie"] == "CZECOP"
    doc = run(pipeline, "Firma loni prodala dva stroje do Francie. Letos vyvezla stroje do Číny. Na Rusko nespoléhá.",
              "cs")  # an article of three sentences keeps the default though it names only foreign states
    assert doc.meta["home_country"]["clear"] == "CZE"


def test_actors_brief_whose_foreign_states_are_coordinated_goals_keeps_the_default_cs(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Firma vyváží stroje do Ruska a Číny.", "cs")  # 'a Číny' shares the goal 'do'
    assert doc.meta["home_country"]["clear"] == "CZE" and coded(doc)["Firma"] == "CZEBUS"
