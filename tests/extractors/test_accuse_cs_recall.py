"""Czech accusation recall (session 20): colloquial verbs of criticism ('opřel se do Bruselu', 'vyjel si na opozici',
'zpražil', 'setřel'), as en 'lashed out at', 'tore into', 'scolded'; a physical sense or a thing as the object codes
nothing."""

from __future__ import annotations

import pytest
from events_support import full_triples


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Polský premiér se ostře opřel do Evropské komise kvůli emisním povolenkám.", "cs",
     {("ACCUSE", "POLGOV", "IGOEUREEC")}),
    ("Polský premiér se pustil do Evropské komise.", "cs", {("ACCUSE", "POLGOV", "IGOEUREEC")}),
    ("Maďarský premiér si vyjel na Evropskou komisi.", "cs", {("ACCUSE", "HUNGOV", "IGOEUREEC")}),
    ("Americký ministr zahraničí zpražil Čínu za její postup v Hongkongu.", "cs", {("ACCUSE", "USAGOV", "CHN")}),
    ("The Polish prime minister lashed out at the European Commission over emission permits.", "en",
     {("ACCUSE", "POLGOV", "IGOEUREEC")}),
    ("The Polish prime minister tore into the European Commission.", "en", {("ACCUSE", "POLGOV", "IGOEUREEC")}),
    ("The US Secretary of State scolded China over its conduct in Hong Kong.", "en", {("ACCUSE", "USAGOV", "CHN")}),
])
def test_colloquial_criticism(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text, lang) == expected


@pytest.mark.parametrize("text", [
    "Hasiči se opřeli do dveří.",
    "Dělníci se pustili do práce na novém mostě.",
    "Řidič si vyjel na výlet do Německa.",
])
def test_colloquial_criticism_needs_an_actor(text: str) -> None:
    assert not {t for t in full_triples(text) if t[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Ukrajina tvrdí, že za útokem na elektrárnu stojí Rusko.", "cs", {("ACCUSE", "UKR", "RUS")}),
    ("Podle Ukrajiny za útokem stojí Rusko.", "cs", {("ACCUSE", "UKR", "RUS")}),
    ("Za útokem podle ukrajinské vlády stojí Moskva.", "cs", {("ACCUSE", "UKRGOV", "RUS")}),
    ("Americká vláda uvedla, že za kybernetickým útokem stojí Čína.", "cs", {("ACCUSE", "USAGOV", "CHN")}),
    ("Ukraine says Russia is behind the attack on the power plant.", "en", {("ACCUSE", "UKR", "RUS")}),
    ("According to Ukraine, Russia is behind the attack.", "en", {("ACCUSE", "UKR", "RUS")}),
    ("The US government said China was behind the cyberattack.", "en", {("ACCUSE", "USAGOV", "CHN")}),
])
def test_behind_the_attack(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    """'za útokem stojí X', 'X is behind the attack': the reporter (or 'podle X') blames the subject for the act."""
    assert {t for t in full_triples(text, lang) if t[0] == "ACCUSE"} == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Podle opozice vláda lže.", "cs", {("ACCUSE", "CZEOPP", "CZEGOV")}),
    ("Podle inspektorů britská policie selhala.", "cs", {("ACCUSE", "GBRGOV", "GBRCOP")}),
])
def test_judgement_attributed_with_podle(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    """'podle X Y lže': X, to whom the judgement is attributed, accuses Y."""
    assert full_triples(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Za úspěchem firmy stojí tvrdá práce.", "cs"),
    ("Za útokem stojí Islámský stát.", "cs"),
    ("Podle úřadů muž nedýchal poté, co selhaly pokusy o jeho oživení.", "cs"),
    ("Germany is behind the success of the company.", "en"),
])
def test_no_accuser_named(text: str, lang: str) -> None:
    """No act of blame, or nobody who blames (the narrator's own 'za útokem stojí X'), or 'podle X' on another
    clause than the judgement's."""
    assert not {t for t in full_triples(text, lang) if t[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Rusko se stalo terčem kritiky západních zemí.", "cs", {("ACCUSE", "WST", "RUS")}),
    ("Ministryně zahraničí byla terčem ostré kritiky opozice.", "cs", {("ACCUSE", "CZEOPP", "CZEGOV")}),
    ("Ruský prezident se stal terčem mezinárodní kritiky.", "cs", {("ACCUSE", "-", "RUSGOV")}),
    ("Pákistánská modelka zveřejňovala odvážná videa. Byla terčem kritiky.", "cs", {("ACCUSE", "-", "PAK")}),
    ("Ukrajinská armáda se stala terčem ruských útoků.", "cs", {("ASSAULT", "RUS", "UKRMIL")}),
    ("Russia became the target of criticism from Western countries.", "en", {("ACCUSE", "WST", "RUS")}),
    ("The Russian president has become the target of international criticism.", "en", {("ACCUSE", "-", "RUSGOV")}),
    ("The Ukrainian army became the target of Russian attacks.", "en", {("ASSAULT", "RUS", "UKRMIL")}),
])
def test_target_of_criticism(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    """'X se stal terčem kritiky', 'X was the target of criticism': X is the target; the critics, when the noun names
    none, are unnamed (source '-'), as for 'čelí kritice'."""
    assert full_triples(text, lang) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Evropská unie chce pohnat Rusko k odpovědnosti za válečné zločiny.", "cs", {("ACCUSE", "IGOEUREEC", "RUS")}),
    ("Firma nese vinu za nehodu, uvedl ukrajinský soud.", "cs", {("ACCUSE", "UKRJUD", "UKRBUS")}),
    ("Ukraine holds Russia accountable for the attack.", "en", {("ACCUSE", "UKR", "RUS")}),
    ("Ukraine holds Russia responsible for the attack.", "en", {("ACCUSE", "UKR", "RUS")}),
])
def test_holding_responsible(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    """'pohnat / volat k odpovědnosti', 'nese vinu', 'hold accountable': blame for an act."""
    assert {t for t in full_triples(text, lang) if t[0] == "ACCUSE"} == expected


@pytest.mark.parametrize("text", [
    "Vláda nese odpovědnost za bezpečnost občanů.",
    "Policie hnala demonstranty k autobusům.",
])
def test_duty_is_no_blame(text: str) -> None:
    assert not {t for t in full_triples(text) if t[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Německý ministr zahraničí se kriticky vyjádřil na adresu Číny.", "cs", {("ACCUSE", "DEUGOV", "CHN")}),
    ("Německá ministryně zahraničí se kriticky vyjádřila k postupu Číny.", "cs", {("ACCUSE", "DEUGOV", "CHN")}),
    ("Německý kancléř kriticky hodnotil kroky polské vlády.", "cs", {("ACCUSE", "DEUGOV", "POLGOV")}),
    ("Sousedé komentovali napadení novináře v Brně.", "cs", {("ASSAULT", "-", "CZEMED")}),
    ("The German foreign minister spoke critically of China.", "en", {("ACCUSE", "DEUGOV", "CHN")}),
    ("The German chancellor commented critically on the steps of the Polish government.", "en",
     {("ACCUSE", "DEUGOV", "POLGOV")}),
])
def test_speaking_critically(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    """'kriticky se vyjádřil o X / k X / na adresu X', 'spoke critically of X': the adverb makes it criticism."""
    assert full_triples(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("Prezident se pozitivně vyjádřil o Číně.", "cs"),
    ("The president spoke warmly of China.", "en"),
])
def test_speaking_warmly_is_no_criticism(text: str, lang: str) -> None:
    assert not {t for t in full_triples(text, lang) if t[0] == "ACCUSE"}


@pytest.mark.parametrize("text", [
    "Sousedé volali policii kvůli napadení novináře.",
    "Svědci nesli následky napadení novináře.",
    "Sousedé komentovali napadení novináře v Brně.",
])
def test_crime_under_a_verb_of_another_sense(text: str) -> None:
    """A verb whose accusation entry needs an object or a particle it lacks ('volat k odpovědnosti', 'nést vinu',
    'kriticky komentovat') does not make the crime noun under it an accused act: its unnamed assailant stays."""
    assert full_triples(text) == {("ASSAULT", "-", "CZEMED")}
