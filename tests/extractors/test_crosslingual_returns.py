"""Returning looted art, heritage and stolen property to a state or its owner (RETREAT 0842) in both languages
(session 18, xlcs: Czech found no trigger where the English of the same news did): paintings, pendants, fossils,
bibles, objects and anything 'ukradený/uloupený' (en 'stolen/looted'), and a Czech recipient the tagger gave a
wrong case ('vrátily alžírskému velvyslanci': 'velvyslanci' tagged Nom, obl:arg)."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (language, sentence, (PLOVER type, source country, target country))
RETURNS = [
    ("cs", "Spojené státy vrátily alžírskému velvyslanci starověkou mramorovou sochu.", ("RETREAT", "USA", "DZA")),
    ("cs", "Americký celní úřad vrátil ruským úřadům stříbrný přívěsek z carské sbírky.", ("RETREAT", "USA", "RUS")),
    ("cs", "Německo vrátilo Nigérii bronzové předměty ukradené v koloniální éře.", ("RETREAT", "DEU", "NGA")),
    ("cs", "Francie vrátila Beninu 26 uloupených uměleckých děl.", ("RETREAT", "FRA", "BEN")),
    ("cs", "Nizozemsko vrátilo Indonésii stovky exponátů z koloniálních sbírek.", ("RETREAT", "NLD", "IDN")),
    ("cs", "Německo odevzdává Nigérii uloupené bronzy a další předměty.", ("RETREAT", "DEU", "NGA")),
    ("cs", "Italská policie předala Egyptu olejomalbu odcizenou z káhirského muzea.", ("RETREAT", "ITA", "EGY")),
    ("en", "The United States returned a marble statue to the Algerian ambassador.", ("RETREAT", "USA", "DZA")),
    ("en", "US customs officers returned a silver pendant to Russian authorities.", ("RETREAT", "USA", "RUS")),
    ("en", "Germany returned to Nigeria bronze artefacts looted in the colonial era.", ("RETREAT", "DEU", "NGA")),
    ("en", "France returned 26 looted works of art to Benin.", ("RETREAT", "FRA", "BEN")),
    ("en", "The Netherlands returned hundreds of colonial objects to Indonesia.", ("RETREAT", "NLD", "IDN")),
    ("en", "Italian police returned to Egypt an oil painting stolen from a Cairo museum.", ("RETREAT", "ITA", "EGY")),
]

# ceding land: Czech codes it with the returns of territory (0842, like 'postoupit'), English 'cede' is CONCEDE 080
CEDING = [
    ("cs", "Arménie přenechala Ázerbájdžánu území v okolí Náhorního Karabachu.", ("RETREAT", "ARM", "AZE")),
    ("cs", "Bojovníci Islámského státu přenechali poslední kousek svého území silám podporovaným USA.",
     ("RETREAT", "IMG", "USA")),
    ("en", "Armenia ceded territory around Nagorno-Karabakh to Azerbaijan.", ("CONCEDE", "ARM", "AZE")),
]

# the same verbs with something that is not property, or no recipient actor: no return event
NOT_RETURNS = [
    ("cs", "Ministr se vrátil do Prahy.", "RETREAT"),
    ("cs", "Firma vrátila zákazníkům peníze za zrušené zájezdy.", "RETREAT"),
    ("en", "Workers returned to work on Monday.", "RETREAT"),
    ("en", "The minister returned to Prague.", "RETREAT"),
]


@pytest.mark.parametrize(("lang", "text", "triple"), RETURNS, ids=[f"{r[0]}-{i}" for i, r in enumerate(RETURNS)])
def test_return_of_property(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "kind"), NOT_RETURNS, ids=[f"{r[0]}-{i}" for i, r in enumerate(NOT_RETURNS)])
def test_not_a_return(pipeline: Pipeline, lang: str, text: str, kind: str) -> None:
    assert kind not in {t[0] for t in country_triples(pipeline_events(pipeline, text, lang))}


@pytest.mark.parametrize(("lang", "text", "triple"), CEDING, ids=[f"{r[0]}-{i}" for i, r in enumerate(CEDING)])
def test_ceding_land(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))
