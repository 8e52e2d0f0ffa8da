"""A country-less state organ does not take the home country (or its sentence's only state) when its own clause
acts on that state: 'Vláda schválila vyslání vojáků na pomoc Polsku' in a story about Poland is another state's."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

POLAND_CS = "Polsko požádalo spojence o pomoc na hranici. Polští vojáci staví plot. "
POLAND_EN = "Poland asked its allies for help at the border. Polish soldiers are building a fence. "

CASES = [
    # the clause helps or sends to the home state: not its organ (cs: the language default; en: no country)
    ("cs", POLAND_CS + "Vláda schválila vyslání stovky vojáků na pomoc Polsku.", "Vláda", "CZEGOV"),
    ("cs", POLAND_CS + "Ministerstvo poslalo Polsku dvacet tun materiálu.", "Ministerstvo", "CZEGOV"),
    ("en", POLAND_EN + "The government approved sending a hundred soldiers to help Poland.", "government", "---GOV"),
    ("en", POLAND_EN + "The ministry sent twenty tonnes of supplies to Poland.", "ministry", "---GOV"),
    # the home state as a place, an owner or in another clause: the home's organ as before
    ("cs", POLAND_CS + "Vláda v neděli schválila nový zákon o hranici.", "Vláda", "POLGOV"),
    ("cs", POLAND_CS + "Policie zadržela v Polsku dva pašeráky.", "Policie", "POLCOP"),
    ("cs", POLAND_CS + "Ministerstvo uvalilo na Polsko clo.", "Ministerstvo", "CZEGOV"),  # na + Acc: a target
    ("en", POLAND_EN + "The government approved a new border law on Sunday.", "government", "POLGOV"),
    ("en", POLAND_EN + "The police arrested two smugglers in Poland.", "police", "POLCOP"),
    ("en", POLAND_EN + "The government said Poland would close the border.", "government", "POLGOV"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "code"), CASES)
def test_organ_acting_on_the_home_state_is_not_its_own(pipeline: Pipeline, lang: str, text: str, mention: str,
                                                       code: str) -> None:
    assert coded(run(pipeline, text, lang))[mention] == code


RUSSIA_CS = "Rusko vyhostilo dva diplomaty. "
RUSSIA_EN = "Russia expelled two diplomats. "

OFFICIAL_CASES = [
    # a ministry acting on another state's official (a demonym on a role noun) is not that state's organ
    ("cs", RUSSIA_CS + "Ministerstvo si předvolalo ruského velvyslance.", "Ministerstvo", "CZEGOV"),
    ("en", RUSSIA_EN + "The ministry summoned the Russian ambassador.", "ministry", "---GOV"),
    ("en", "The foreign ministry summoned the Russian ambassador on Monday.", "foreign ministry", "---GOV"),
    # a court or the police try their own state's officials: the only state stands
    ("cs", "Soudce zahájil vyšetřování chilských vládních úředníků, oznámil soud.", "soud", "CHLJUD"),
    ("en", "The police arrested three Chilean officials.", "police", "CHLCOP"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "code"), OFFICIAL_CASES)
def test_organ_acting_on_another_states_official(pipeline: Pipeline, lang: str, text: str, mention: str,
                                                 code: str) -> None:
    assert coded(run(pipeline, text, lang))[mention] == code
