"""Czech coding of verbal conflict (plover-gsr-cs, session 15, gsr7): reaching an agreement with 'dospět k dohodě'
(negated: the parties refuse each other, as en 'failed to reach agreement'); 'proti tomu, že X ...': the demonstrative
stands for its clause, whose subject is the one opposed; an event noun's participle carries its target phrase; a named
body after its noun is the actor; the perpetrator in a relative clause on an investigated act is the accused; 'po týdnu
nepokojů' is background."""

from __future__ import annotations

import pytest
from events_support import full_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Srbsko a Kosovo ani po dlouhých jednáních nedospěly k dohodě.",
     {("REJECT", "SRB", "KSV"), ("REJECT", "KSV", "SRB")}),
    ("Německo a Francie dospěly ke kompromisu ohledně rozpočtu.",
     {("AGREE", "DEU", "FRA"), ("AGREE", "FRA", "DEU")}),
    ("Polsko dospělo k dohodě s Litvou o společné hranici.", {("AGREE", "POL", "LTU")}),
])
def test_reaching_agreement(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # legislators' bare 'protestovali' is a verbal complaint, ACCUSE 111 (extractors/verbal_protest.py)
    ("Opoziční poslanci protestovali proti tomu, že vláda zvýšila daně.", {("ACCUSE", "CZELEG", "CZEGOV")}),
    ("Polsko se postavilo proti tomu, aby Německo dodalo zbraně.", {("REJECT", "POL", "DEU")}),
    ("Ukrajinský poslanec zahájil hladovku na protest proti tomu, že prezident Zelenskyj stále odkládá volby.",
     {("PROTEST", "UKRLEG", "UKRGOV")}),
])
def test_opposing_the_fact(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrajinské nepokoje namířené proti ruské okupační správě pokračují.", {("PROTEST", "UKR", "RUS")}),
    ("Maďarské protesty zaměřené proti Rusku sílí.", {("PROTEST", "HUN", "RUS")}),
])
def test_participle_of_event_noun(text: str, expected: set[tuple[str, str, str]]) -> None:
    """'nepokoje namířené proti X': the participle carries the noun's target phrase."""
    assert full_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Libanonské hnutí Hizballáh pohrozilo Izraeli odvetou.", {("THREATEN", "LBNREB", "ISR")}),
    ("Palestinské hnutí Hamás odmítlo pozvání na jednání palestinských frakcí.", {("REJECT", "PSEREB", "PSEPTY")}),
])
def test_named_body_after_its_noun(text: str, expected: set[tuple[str, str, str]]) -> None:
    """'palestinské hnutí Hamás': the name, not the state adjective, is the actor (and may target its compatriots)."""
    assert full_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Soud zahájil vyšetřování zločinů, které spáchali ruští vojáci.", {("ACCUSE", "RUSJUD", "RUSMIL")}),
    ("Ukrajinská prokuratura vyšetřuje podvody, kterých se měli dopustit čtyři ruští úředníci.",
     {("ACCUSE", "UKRJUD", "RUSGOV")}),
])
def test_perpetrator_of_investigated_act(text: str, expected: set[tuple[str, str, str]]) -> None:
    """'vyšetřuje podvody, kterých se dopustil X': the perpetrator named in a relative clause is the accused."""
    assert full_triples(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruské jednotky zůstaly ve stavu pohotovosti po týdnu ukrajinských protestů.", set()),
    ("Po měsících gruzínských protestů vláda ustoupila.", set()),
    ("Gruzínští demonstranti protestovali celý týden proti vládě.", {("PROTEST", "GEOOPP", "GEOGOV")}),
])
def test_background_span(text: str, expected: set[tuple[str, str, str]]) -> None:
    """'po týdnu nepokojů': the acts of the span before the report are background, not its own act."""
    assert {t for t in full_triples(text) if t[0] == "PROTEST"} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrajina žádá od Německa tanky.", {("REQUEST", "UKR", "DEU")}),
    ("Ukrajina požádala Německo o tanky.", {("REQUEST", "UKR", "DEU")}),
    ("Maďarsko vyslalo Bruselu výzvu k uvolnění peněz.", {("REQUEST", "HUN", "IGOEUREEC")}),
])
def test_request_addressee(text: str, expected: set[tuple[str, str, str]]) -> None:
    """'žádá od X tanky': the od-phrase is the one asked, the object the thing; 'vyslat výzvu' is an appeal."""
    assert full_triples(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    ("Litva kritizovala Bělorusko a obvinila sousední zemi z podpory pašeráků.", {("ACCUSE", "LTU", "BLR")}),
    ("Polsko obvinilo sousední zemi z organizování migrační krize.", set()),
])
def test_neighbour_country(text: str, expected: set[tuple[str, str, str]]) -> None:
    """'sousední země' names the nearest preceding state other than the source, as 'tato země' does."""
    assert full_triples(text) == expected
