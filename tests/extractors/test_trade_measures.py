"""Trade, energy and domestic-politics wire news (session 35 construction audit): exports stopped to a state, the
origin of goods a duty falls on, a retaliation made by an act of its own, a law's act as its enactor's, a rate in
percent beside a subject, a recognised victory, an unknown partner of an organisation's talks."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (language, sentence, (PLOVER type, source country, target country))
CODED = [
    # exports or deliveries stopped TO a state (cs 'do X', 'na X')
    ("cs", "Čína zakázala vývoz galia a germania do Spojených států.", ("SANCTION", "CHN", "USA")),
    ("cs", "Nizozemsko omezilo vývoz čipových strojů do Číny.", ("SANCTION", "NLD", "CHN")),
    ("cs", "Česko zakázalo vývoz zbraní Rusku.", ("SANCTION", "CZE", "RUS")),
    ("cs", "Vývoz obilí z Ukrajiny zakázalo kromě Polska i Maďarsko.", ("SANCTION", "HUN", "UKR")),
    ("cs", "Slovensko zastavilo dodávky nafty na Ukrajinu.", ("SANCTION", "SVK", "UKR")),
    ("cs", "Rusko zastavilo dodávky plynu na Slovensko.", ("SANCTION", "RUS", "SVK")),
    # the origin of the goods a measure falls on
    ("en", "The EU imposed duties on cars made in China.", ("SANCTION", "IGOEUR", "CHN")),
    ("en", "Beijing retaliated by imposing duties on brandy imported from the EU.", ("SANCTION", "CHN", "IGOEUR")),
    ("cs", "Unie zakázala dovoz zboží vyrobeného v Rusku.", ("SANCTION", "IGOEUR", "RUS")),
    # a rate in percent is no poll share when the verb has a subject of its own
    ("cs", "Peking v odvetě uvalil clo až 39 procent na brandy dovážené z EU.", ("SANCTION", "CHN", "IGOEUR")),
    # a law's act is its enactor's
    ("en", "Poland's parliament passed a law banning imports of Ukrainian grain.", ("SANCTION", "POL", "UKR")),
    ("cs", "Polský parlament schválil zákon, který zakazuje dovoz ukrajinského obilí.", ("SANCTION", "POL", "UKR")),
    # blacklisting by adding to / putting on a blacklist (as cs 'zařadilo na černou listinu')
    ("en", "The US Commerce Department added 140 Chinese firms to its export blacklist.", ("SANCTION", "USA", "CHN")),
    ("cs", "Americké ministerstvo obchodu zařadilo 140 čínských firem na černou listinu.", ("SANCTION", "USA", "CHN")),
    # a takeover blocked rejects the buyer its agent names
    ("en", "The German government has blocked the takeover of a chip factory by a Chinese investor.",
     ("REJECT", "DEU", "CHN")),
    ("cs", "Německá vláda zablokovala převzetí továrny na čipy čínským investorem.", ("REJECT", "DEU", "CHN")),
    # a rival's victory recognised is a concession
    ("cs", "V úterý schválil srbský parlament „zvláštní zákon“, který uznává vítězství opoziční koalice Zorana "
     "Djindjiče v komunálních volbách.", ("CONCEDE", "SRB", "SRB")),
    ("cs", "Kandidát uznal vítězství svého soupeře Petra Pavla.", ("CONCEDE", "CZE", "CZE")),
]

NOT_CODED = [
    # a retaliation made by an act with an entry of its own is that act, no attack of its own
    ("en", "Beijing retaliated by imposing duties on brandy imported from the EU.", ("ASSAULT", "CHN", "-")),
    # defying a law does not make the defier its author
    ("en", "Johnson could defy a law forcing him to seek a delay to Brexit.", ("COERCE", "GBR", "GBR")),
    # goods' maker is no party outside a trade measure
    ("en", "Russia launched drones made in Iran at Kyiv.", ("ASSAULT", "RUS", "IRN")),
    # adding names to a list of candidates is no blacklisting
    ("en", "Fiala added Babis to the list of candidates.", ("SANCTION", "CZE", "CZE")),
    # talks of an organisation with an unknown partner are not among its members
    ("en", "The talks between the European Union and Mercosur on a trade agreement were concluded in December.",
     ("CONSULT", "IGOEUR", "IGOEUR")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), CODED, ids=[f"{r[0]}-{i}" for i, r in enumerate(CODED)])
def test_trade_measure_coded(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "triple"), NOT_CODED, ids=[f"{r[0]}-{i}" for i, r in enumerate(NOT_CODED)])
def test_trade_measure_not_coded(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple not in country_triples(pipeline_events(pipeline, text, lang))


def test_opposition_coalition_sector(pipeline: Pipeline) -> None:
    """'opoziční koalice' is the opposition, 'vládní koalice' the government (koalice as a sector-adjective head)."""
    doc = pipeline("Vládní koalice odmítla požadavky opoziční koalice.", lang="cs")
    codes = {m.text: m.code for m in doc.mentions}
    assert codes.get("Vládní koalice") == "CZEGOV"
    assert codes.get("opoziční koalice") == "CZEOPP"
