"""Listed and unlisted organisations the actor data names: state agencies, and the organisation words that make an
unlisted name a body of their sector (agents.json org_words, org_word_sectors)."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

BRITAIN = "The case has shocked Britain. Britain has seen several such cases this year. "


def test_org_data_state_agencies_for_waste_repositories_and_tourism(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Smlouvu s advokátní kanceláří uzavřelo SÚRAO. CzechTourism spadá pod ministerstvo.", "cs"))
    assert c["SÚRAO"] == "CZEGOV" and c["CzechTourism"] == "CZEGOV"  # were missed / an unlisted body (CVL)
    c = coded(run(pipeline, "The contract was signed by SÚRAO, the Radioactive Waste Repository Authority.", "en"))
    assert c["SÚRAO"] == "CZEGOV"


def test_org_data_unlisted_firms_and_broadcasters_by_their_organisation_word(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, BRITAIN + "Acme Consulting sued the council. Impuls Radio reported it.", "en"))
    assert c["Acme Consulting"] == "GBRBUS" and c["Impuls Radio"] == "GBRMED"  # were private persons (CVL)


def test_org_data_unlisted_firm_named_with_a_demonym_alone_is_a_firm_of_that_state(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Proti tendru protestoval rakouský Kapsch, který v soutěži neuspěl.", "cs"))
    assert c["Kapsch"] == "AUTBUS"  # was an unknown name
    c = coded(run(pipeline, "Německý velkokoncern Hoechst kritizoval vládu.", "cs"))
    assert c["Hoechst"] == "DEUBUS"
    c = coded(run(pipeline, "Stavba skončila v ruském Čeljabinsku. České Budějovice získaly záložníka.", "cs"))
    assert c.get("Čeljabinsku") is None and c.get("Budějovice") is None  # places, not firms


def test_org_data_us_agencies_by_their_czech_names(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Případ vyšetřuje Federální úřad pro vyšetřování. Úřad pro kontrolu potravin a léčiv "
                            "schválil lék. Podle Center pro kontrolu a prevenci nemocí se nemoc šíří.", "cs"))
    assert c["Federální úřad pro vyšetřování"] == "USACOP" and c["Úřad pro kontrolu potravin a léčiv"] == "USAGOV"
    assert c["Center pro kontrolu a prevenci nemocí"] == "USAHLH"
    c = coded(run(pipeline, "Organizace pro výživu a zemědělství (FAO) pomáhá Ghaně. FAO vyzvala vládu.", "cs"))
    assert c["FAO"] == "IGOUNOAGRFAO"


def test_org_data_an_acronym_in_the_text_matches_only_as_written(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Turnaj pořádá WTA. Let zakázal FAA.", "cs"))
    assert c.get("WTA") != "IGOBUSWTO" and c.get("FAA") != "IGOUNOAGRFAO"  # were WTO, FAO through endings


def test_org_data_foreign_media_keep_their_country_in_a_czech_article(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Podle magazínu The Hollywood Reporter je film slabý. Huffington Post to potvrdil.", "cs"))
    assert c["The Hollywood Reporter"] == "USAMED" and c["Huffington Post"] == "USAMED"  # were CZEMED, USACVL
    c = coded(run(pipeline, "The Daily Mail reported that the Daily Mirror was wrong.", "en"))
    assert c["Daily Mail"] == "GBRMED"


@pytest.mark.parametrize(("lang", "text", "name", "code"), [
    ("en", "Walmart raised wages after the strike, the union said.", "Walmart", "USABUS"),
    ("cs", "Firma Walmart po stávce zvýšila mzdy, uvedly odbory.", "Walmart", "USABUS"),
    ("en", "Prosecutors in Kiev investigated Burisma Holdings for years.", "Burisma Holdings", "UKRBUS"),
    ("cs", "Kyjevští žalobci léta vyšetřovali firmu Burisma Holdings.", "Burisma Holdings", "UKRBUS"),
    ("en", "The Czech carrier said FedEx had cancelled the contract.", "FedEx", "USABUS"),
    ("cs", "Český dopravce uvedl, že FedEx smlouvu zrušil.", "FedEx", "USABUS"),
    ("en", "The mayor told ITV that the council would appeal.", "ITV", "GBRMED"),
    ("cs", "Starosta stanici ITV řekl, že se rada odvolá.", "ITV", "GBRMED"),
    ("en", "A Czech minister told the Sun Sentinel he would visit Miami.", "Sun Sentinel", "USAMED"),
    ("cs", "Český ministr listu Sun Sentinel řekl, že navštíví Miami.", "Sun Sentinel", "USAMED"),
])
def test_org_data_major_foreign_firms_and_media_keep_their_country(pipeline: Pipeline, lang: str, text: str,
                                                                  name: str, code: str) -> None:
    c = coded(run(pipeline, text, lang))  # were unknown names, or firms of the article's home (CZEBUS)
    assert c.get(name) == code


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", BRITAIN + "Harwood Kaffee Gruppe said on Monday it would stop buying the beans.", "Harwood Kaffee Gruppe"),
    ("cs", "Britská vláda zakázala dovoz. Británie zvažuje další kroky. Firma Harwood Kaffee Gruppe uvedla, že "
           "přestane zrnka nakupovat.", "Harwood Kaffee Gruppe"),
    ("en", BRITAIN + "Harwood Holding said it would sell the plant.", "Harwood Holding"),
    ("cs", "Britská vláda zakázala dovoz. Británie zvažuje další kroky. Harwood Konzern oznámil, že závod prodá.",
     "Harwood Konzern"),
])
def test_org_data_foreign_organisation_words_make_a_firm(pipeline: Pipeline, lang: str, text: str, name: str) -> None:
    # German, French, Italian or Spanish group and holding words: a firm of the home, not a private person
    doc = run(pipeline, text, lang)
    kinds = {m.text: (m.kind, m.code) for m in doc.mentions if name in m.text}
    assert kinds and all(kind in ("ORG", "GRP") and (code or "").endswith("BUS") for kind, code in kinds.values())


def test_org_data_distinct_bodies_of_one_code_are_distinct_actors(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Slavia podle serveru slíbila hráči peníze. Smlouvu s Úřadem vlády podepsala ČNB.", "cs")
    names = {m.text: a.name for a in doc.actors for m in a.mentions}
    assert names["Slavia"] == "SK Slavia Praha"  # was 'České dráhy': one entry listed both under CZEBUS
    assert names["Úřadem vlády"] == "Úřad vlády" and names["ČNB"] == "Česká národní banka"  # were one actor
    doc = run(pipeline, "Slavia Prague sued Czech Railways.", "en")
    assert len({a.id for a in doc.actors if a.code == "CZEBUS"}) == 2


def test_org_data_credit_rating_agencies_are_american_firms(pipeline: Pipeline) -> None:
    """Moody's, Fitch and S&P (orgs_curated.tsv) rate states and firms everywhere: American firms, not the home's."""
    c = coded(run(pipeline, "Agentura Fitch Ratings v pátek zhoršila hodnocení Maďarska a kritizovala maďarskou vládu.",
                  "cs"))
    assert c["Fitch Ratings"] == "USABUS"
    c = coded(run(pipeline, "Standard & Poor's downgraded Italy, and Moody's criticised the Italian government.", "en"))
    assert c["Standard & Poor's"] == "USABUS" and c["Moody's"] == "USABUS"
