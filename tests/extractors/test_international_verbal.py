"""International verbal events of 2015-2020 news (ConfliBERT's classes 1 and 3) in both languages: persons whose
surname is a month (Theresa May), light-verb phrases of talks and ultimatums."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2017-09-29"})
    return {(e.type, (e.source.code or "-")[:3] if e.source else "-", (e.target.code or "-")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Theresa May met the German chancellor Angela Merkel in Tallinn on Friday.", ("CONSULT", "GBR", "DEU")),
    ("en", "Theresa May Tuesday thanked Donald Tusk for his support.", ("SUPPORT", "GBR", "IGO")),
    ("cs", "Theresa Mayová se v pátek v Tallinnu setkala s německou kancléřkou Angelou Merkelovou.",
     ("CONSULT", "GBR", "DEU")),
])
def test_month_surname_of_a_listed_person(pipeline: Pipeline, lang: str, text: str,
                                          expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Theresa May will hold talks with European Council President Donald Tusk in Brussels.",
     ("AGREE", "GBR", "IGO")),
    ("cs", "Theresa Mayová povede v Bruselu rozhovory s předsedou Evropské rady Donaldem Tuskem.",
     ("AGREE", "GBR", "IGO")),
    ("cs", "Rusko povede jednání s Ukrajinou o výměně zajatců.", ("AGREE", "RUS", "UKR")),
])
def test_future_talks_light_verb(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Barack Obama gave Russian President Vladimir Putin a stern warning over cyber attacks.",
     ("THREATEN", "USA", "RUS")),
    ("en", "The United States sent a clear warning to North Korea on Monday.", ("THREATEN", "USA", "PRK")),
    ("cs", "Barack Obama dal ruskému prezidentovi Vladimiru Putinovi důrazné varování kvůli kybernetickým útokům.",
     ("THREATEN", "USA", "RUS")),
    ("cs", "Spojené státy v pondělí poslaly Severní Koreji jasné varování.", ("THREATEN", "USA", "PRK")),
])
def test_warning_handed_to_someone(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Donald Trump on Tuesday called Britain's ambassador to the United States a very stupid guy.",
     ("ACCUSE", "USA", "GBR")),
    ("en", "Donald Trump called the British ambassador a very stupid guy.", ("ACCUSE", "USA", "GBR")),
    ("cs", "Americký prezident Donald Trump v úterý označil britského velvyslance ve Spojených státech za velmi "
           "hloupého člověka.", ("ACCUSE", "USA", "GBR")),
])
def test_insult_by_the_label_adjective(pipeline: Pipeline, lang: str, text: str,
                                       expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Donald Trump called the ambassador from a corrupt country on Tuesday."),
    ("cs", "Donald Trump označil Kim Čong-una za velmi chytrého člověka."),
])
def test_no_insult_without_a_judged_label(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(t[0] == "ACCUSE" for t in _triples(pipeline, text, lang))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Ecuador accused the ELN of attacking its border posts.", ("ACCUSE", "ECU", "COL")),
    ("en", "Russian warplanes struck Daesh positions in Syria on Tuesday.", ("ASSAULT", "RUS", "IMG")),
    ("cs", "Ekvádor obvinil ELN z útoků na své hraniční přechody.", ("ACCUSE", "ECU", "COL")),
    ("cs", "Ruská letadla v úterý bombardovala pozice Daeše v Sýrii.", ("ASSAULT", "RUS", "IMG")),
])
def test_armed_groups_of_the_news(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "In Paris, Barack Obama had lunch with French President Emmanuel Macron on Saturday.",
     ("CONSULT", "USA", "FRA")),
    ("cs", "Barack Obama v sobotu v Paříži poobědval s francouzským prezidentem Emmanuelem Macronem.",
     ("CONSULT", "USA", "FRA")),
])
def test_working_meal_is_a_meeting(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Department for International Development has reduced humanitarian aid to Liberia.",
     ("SANCTION", "GBR", "LBR")),
    ("cs", "Britské ministerstvo pro mezinárodní rozvoj (DFID) omezilo humanitární pomoc Libérii.",
     ("SANCTION", "GBR", "LBR")),
])
def test_british_aid_ministry(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)
