"""News outlets as sources: web addresses by their domain's country (actors/domains.py, data/tlds.tsv), outlets the
curated list names, and unlisted newspapers by their name word (Herald, Tribune)."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline
from kronika.actors.domains import domain_country, settled_home

USA = "The storm hit the United States. The United States sent help. The United States mourned. "


def test_domain_country_reads_the_last_label_and_leaves_generic_domains_to_the_home() -> None:
    assert domain_country("efotbal.cz", None) == "CZE" and domain_country("www.guardian.co.uk", None) == "GBR"
    assert domain_country("NOLA.com", "USA") == "USA" and domain_country("NOLA.com", None) is None
    assert settled_home("USA", {"USA": 3}) == "USA" and settled_home("RUS", {"RUS": 2}) is None
    assert domain_country("zpráva.pdf", "CZE") is None and domain_country("3.5", "CZE") is None
    assert domain_country("Praha", "CZE") is None


def test_web_address_as_a_czech_source_is_an_outlet_of_its_country(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Slavia podle serveru efotbal.cz slíbila hráči peníze. Více na jan@firma.cz.", "cs"))
    assert c["efotbal.cz"] == "CZEMED"  # was no mention
    assert "firma.cz" not in c  # a mail address is no outlet


def test_web_address_as_an_english_source_is_an_outlet_of_its_country(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Bild.de reported that the coach criticised the club.", "en"))
    assert c["Bild.de"] == "DEUMED"  # was an unknown name
    c = coded(run(pipeline, USA + "NOLA.com reports that the mayor criticised the police.", "en"))
    assert c["NOLA.com"] == "USAMED"  # a generic domain: the article's home


def test_curated_czech_outlets_are_media_of_their_country(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Podle Blesku ministr kritizoval policii. Server E15 to potvrdil.", "cs"))
    assert c["Blesku"] == "CZEMED"  # was no mention


def test_unlisted_newspaper_named_by_its_name_word_is_a_home_outlet(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, USA + "The Daily Herald accused the governor of lying.", "en"))
    assert c["Daily Herald"] == "USAMED"  # was an unknown name
