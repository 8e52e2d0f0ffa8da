"""Czech political idioms that coded nothing (session 25): lifting, reimposing a blockade, a withdrawal completed,
entry denied, a trial, ethnic cleansing, a ship seized, a named authority's ban defied, inspectors sent, a riot,
a strike, troops for a peacekeeping force, a loan, a truce agreed,
a visit to an indeclinable state cancelled."""

from __future__ import annotations

import pytest
from events_support import full_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Izraelská armáda v pátek zrušila blokádu Gazy.", ("RETREAT", "ISRMIL", "PSE")),
    ("Izrael v pátek obnovil blokády na Západním břehu Jordánu.", ("COERCE", "ISR", "PSE")),
    ("Rusko dokončilo stažení vojsk z Gruzie.", ("RETREAT", "RUS", "GEOMIL")),
    ("Rusko odepřelo vstup českým novinářům.", ("REJECT", "RUS", "CZEMED")),
    ("Srbské síly se dopouštěly etnických čistek proti albánskému obyvatelstvu.", ("ASSAULT", "SRBMIL", "ALBCVL")),
    ("Itálie ve středu oznámila pozastavení leteckého spojení se Srbskem.", ("SANCTION", "ITA", "SRB")),
    ("Íránské revoluční gardy zadržely britský tanker v Hormuzském průlivu.", ("COERCE", "IRNMIL", "GBR")),
    ("MAAE vyslala inspektory do isfahánského závodu ve středním Íránu.", ("ACCUSE", "IGOUNOIAE", "IRN")),
    ("Noviny porušily zákaz generála Aouna.", ("REJECT", "LBNMED", "LBNMIL")),
    ("USA postaví před soud ruského hackera.", ("ACCUSE", "USA", "RUS")),
    ("Pracovníci sdružení v srbských odborech v pondělí zastavili práci.", ("PROTEST", "SRBLAB", "SRBGOV")),
    ("Francie je připravena vyslat do mírových sil v Libérii až 4000 vojáků.", ("AGREE", "FRA", "LBRMIL")),
    ("Rozzlobení francouzští papírníci na tři hodiny zablokovali Evropský most.", ("PROTEST", "FRA", "-")),
    ("Čína Japonsku půjčila dvě miliardy dolarů.", ("AID", "CHN", "JPN")),
    ("Bosna a Slovinsko se po dvou dnech bojů dohodly na příměří.", ("AGREE", "BIH", "SVN")),
    ("Hizballáh vyhlásil jednostranné příměří.", ("RETREAT", "LBNREB", "-")),
    ("Francouzský ministr zrušil plánovanou návštěvu Haiti.", ("SANCTION", "FRAGOV", "HTI")),
    ("Vězni se vzbouřili proti vedení věznice.", ("PROTEST", "CZECVL", "CZEGOV")),
])
def test_political_idiom_codes(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in full_triples(text, "cs", "2024-03-15")


@pytest.mark.parametrize("text", [
    "Firma zahájila stahování výrobku z trhu.",  # a product recall: no place or state withdrawn from
    "Řidič porušil zákaz vjezdu.",  # a traffic ban of no named authority
    "Řecko si půjčilo od MMF miliardy eur.",  # a borrower: no recipient
    "Stavební firma zastavila práce na dálnici.",  # works stopped by no labour source: no strike
    "Palestinští vězni se v pondělí vzbouřili ve věznici na severu Izraele.",  # no authority rioted against
])
def test_no_event_without_a_named_counterpart(text: str) -> None:
    assert full_triples(text, "cs", "2024-03-15") == set()
