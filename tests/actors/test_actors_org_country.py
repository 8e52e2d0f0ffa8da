"""One country for every mention of one organisation: a demonym on any of its phrases, or a definite demonym company
noun right after it ('Rakouská firma', 'The Austrian company'), beats the home country on its other phrases."""

from __future__ import annotations

import pytest
from actors_support import run

from kronika import Pipeline

CS_TENDER = "Ministerstvo dopravy ČR zrušilo tendr. Proti tomu protestoval provozovatel mýta Zenova. "
EN_TENDER = "The Czech Ministry of Transport cancelled the tender. The operator Zenova protested against it. "


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("cs", CS_TENDER + "Rakouská firma českému státu nabídla novou smlouvu.", "AUTBUS"),
    ("en", EN_TENDER + "The Austrian company offered the Czech state a new contract.", "AUTBUS"),
    ("cs", CS_TENDER + "Tato rakouská firma českému státu nabídla novou smlouvu.", "AUTBUS"),
    ("en", "The Czech ministry signed a contract with the company Zenova on Monday. The Austrian firm Zenova will "
           "build the road.", "AUTBUS"),
    # another firm, not the one named before: the named one keeps the home country
    ("cs", CS_TENDER + "Jiná rakouská firma českému státu nabídla novou smlouvu.", "CZEBUS"),
    ("en", EN_TENDER + "Another Austrian company offered the Czech state a new contract.", "CZEBUS"),
    ("en", EN_TENDER + "An Austrian company offered the Czech state a new contract.", "CZEBUS"),
])
def test_org_country_one_country_for_every_phrase_of_a_firm(pipeline: Pipeline, lang: str, text: str,
                                                            code: str) -> None:
    doc = run(pipeline, text, lang)
    first = next(m for m in doc.mentions if "Zenova" in m.text)
    assert first.code == code  # was the home country (CZEBUS) beside the Austrian phrase


@pytest.mark.parametrize(("lang", "text", "noun"), [
    ("cs", "Česká vláda podpořila studii. Mezinárodní agentura označila glyfosát za jed.", "agentura"),
    ("en", "The Czech government banned the pesticide. Czech farmers complained. An international agency welcomed "
           "the Czech ban.", "agency"),
    ("cs", "Česká vláda zvýšila daně. Nadnárodní společnosti proti tomu protestovaly.", "společnosti"),
    ("en", "The Czech government raised fuel taxes. Czech drivers complained. The largest global oil companies "
           "protested against the Czech government.", "companies"),
    ("cs", "Česká vláda zvýšila daně. Světová média o tom informovala.", "média"),
    ("en", "The Czech government raised taxes. Czech drivers complained. The worldwide media criticised the Czech "
           "government.", "media"),
    ("cs", "Česká vláda zakázala pesticid. Mezinárodní agentura pro výzkum rakoviny to uvítala.", "agentura"),
])
def test_org_country_an_international_body_takes_no_home_country(pipeline: Pipeline, lang: str, text: str,
                                                                 noun: str) -> None:
    doc = run(pipeline, text, lang)  # were CZEMED, CZEBUS: the home of a Czech story
    assert all(not (m.code or "").startswith("CZE") for m in doc.mentions if noun in m.text)


@pytest.mark.parametrize(("lang", "text", "noun", "host", "code"), [
    ("cs", "Česká vláda pomohla krajanům. Zastupitelský úřad v Londýně se o ženu postará.", "úřad", "GBR", "CZEGOV"),
    ("en", "The Czech government helped its citizens. The embassy in Kabul urged Czechs to leave.", "embassy", "AFG",
     "CZEGOV"),
    ("cs", "Česká vláda pomohla krajanům. Velvyslanectví v Kábulu vyzvalo Čechy k odjezdu.", "Velvyslanectví", "AFG",
     "CZEGOV"),
    ("cs", "Česká vláda pomohla krajanům. Čeští turisté uvízli v Bavorsku. Konzulát v Mnichově jim pomůže.", "Konzulát",
     "DEU", "CZEGOV"),
    # no clear home: no country rather than the host's
    ("en", "The Czech government helped its citizens. Czech tourists were stranded in Bavaria. The consulate in Munich "
           "said it would help them.", "consulate", "DEU", None),
    ("en", "The Czech government protested. The Russian embassy in Prague rejected the note.", "embassy", "CZE",
     "RUSGOV"),
])
def test_org_country_a_mission_abroad_is_not_the_host_states(pipeline: Pipeline, lang: str, text: str, noun: str,
                                                             host: str, code: str | None) -> None:
    codes = [m.code or "" for m in run(pipeline, text, lang).mentions if noun in m.text]
    assert not any(c.startswith(host) for c in codes)  # was the state of the city it sits in (GBRGOV, AFGGOV)
    assert code is None or code in codes
