"""Czech material conflict of political news (plover-gsr-cs, session 15, gsr8): expelling people is deportation
(COERCE 174, as en 'expel'), expelling diplomats, inspectors or observers reduces relations (SANCTION 166);
calling off a strike is a concession (CONCEDE 082); outlawing, curfews and states of siege coerce the own population."""

from __future__ import annotations

import pytest
from events_support import full_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Maďarské úřady vyhostily desítky Afghánců.", {("COERCE", "HUNGOV", "AFG")}),
    ("Britská vláda vyhostila íránské novináře.", {("COERCE", "GBRGOV", "IRNMED")}),
    ("Rakousko vyhostilo tři ruské diplomaty.", {("SANCTION", "AUT", "RUSGOV")}),
    ("Irák vyhostil inspektory OSN.", {("SANCTION", "IRQ", "IGOUNO")}),
])
def test_lexicon_cs_gsr8_expulsion(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text) == expected


# calling off a strike or a protest yields (CONCEDE 082) to its target, with none named to the protesters' own
# government (events._protest_ended), and is no protest of its own
@pytest.mark.parametrize(("text", "expected"), [
    ("Polské odbory odvolaly stávku.", {("CONCEDE", "POLLAB", "POLGOV")}),
    ("Francouzští lékaři ukončili stávku.", {("CONCEDE", "FRAHLH", "FRAGOV")}),
    ("Horníci přerušili stávku a vrátili se do práce.", {("CONCEDE", "CZELAB", "CZEGOV")}),
])
def test_lexicon_cs_gsr8_strike_called_off(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text) == expected


# outlawing an organisation (COERCE 1722), a curfew (1723) or a state of siege (1724) falls on the own population;
# Northern Ireland is part of the United Kingdom (cs states.tsv), not Ireland
@pytest.mark.parametrize(("text", "expected"), [
    ("Ruská vláda postavila mimo zákon svědky Jehovovy.", {("COERCE", "RUSGOV", "RUSCVL")}),
    ("Egyptská armáda nařídila v Káhiře zákaz nočního vycházení.", {("COERCE", "EGYMIL", "EGYCVL")}),
    ("Vojenská vláda vyhlásila v sobotu na Haiti stav obležení.", {("COERCE", "HTIGOV", "HTICVL")}),
    ("Vláda Severního Irska odmítla návrh Londýna.", {("REJECT", "GBRGOV", "GBR")}),
])
def test_lexicon_cs_gsr8_domestic_coercion(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text) == expected


def test_lexicon_cs_gsr8_stopping_work_on_a_strike_day_is_no_concession() -> None:
    # the strike noun is no direct object of the ending verb: stopping work is the strike itself
    text = "Srbští horníci v pondělí zastavili práci v první den stávky."
    assert not any(t[0] == "CONCEDE" for t in full_triples(text))


# a counted group keeps the origin the parser hangs on its count ('desítky uprchlíků ze Sýrie': grammar key
# quantity_nouns), not the home default
@pytest.mark.parametrize(("text", "expected"), [
    ("Maďarská policie zbila desítky uprchlíků ze Sýrie.", {("ASSAULT", "HUNCOP", "SYRREF")}),
    ("Řecká pobřežní stráž zadržela skupinu migrantů z Afghánistánu.", {("COERCE", "GRC", "AFGCVL")}),
])
def test_lexicon_cs_gsr8_counted_group_origin(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text) == expected


# mobilising voters or lobby groups is a campaign, no show of force; mobilising reservists or the army stays MOBILIZE
@pytest.mark.parametrize(("text", "expected"), [
    ("Česká opozice zmobilizovala své voliče proti vládě.", set()),
    ("Katar zmobilizoval v Evropě lobbistické skupiny.", set()),
    ("Ruská armáda zmobilizovala záložníky proti Ukrajině.", {("MOBILIZE", "RUSMIL", "UKR")}),
])
def test_lexicon_cs_gsr8_political_mobilisation(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text) == expected


# withdrawing peacekeepers or inspectors ends their presence (SANCTION 1661/1662), threatened under a condition;
# withdrawing one's own fighting units stays a retreat
@pytest.mark.parametrize(("text", "expected"), [
    ("Francie stáhla své mírové jednotky z Libanonu.", {("SANCTION", "FRA", "LBN")}),
    ("Keňa oznámila, že stáhne své mírové jednotky ze Somálska, pokud nedostane peníze.", {("THREATEN", "KEN", "SOM")}),
    ("Ruská armáda stáhla své jednotky z Chersonu.", {("RETREAT", "RUS", "UKR")}),
])
def test_lexicon_cs_gsr8_peacekeepers_withdrawn(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(t, s[:3], g[:3]) for t, s, g in full_triples(text)} == expected  # country level, as the benchmark
