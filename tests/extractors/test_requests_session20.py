"""Requests, session 20 (request recall in both languages): a Czech verb agrees with an organisation named in a
foreign language whatever gender the tagger guesses from its English words ('Amnesty International požadovala')."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline

# (language, sentence, (PLOVER type, source country, target country)) the whole pipeline must code
FOREIGN_NAMED_SOURCE = [
    ("cs", "Amnesty International požadovala, aby egyptská vláda propustila zadržené aktivisty.",
     ("REQUEST", "NGO", "EGY")),
    ("cs", "Human Rights Watch vyzvala, aby Írán propustil zadržené novináře.", ("REQUEST", "NGO", "IRN")),
    ("cs", "Human Rights Watch požadovala, aby Saúdská Arábie vyšetřila smrt novináře.", ("REQUEST", "NGO", "SAU")),
    ("en", "Amnesty International demanded that the Egyptian government release the detained activists.",
     ("REQUEST", "NGO", "EGY")),
    ("en", "Human Rights Watch called for Iran to release the detained journalists.", ("REQUEST", "NGO", "IRN")),
    ("en", "Human Rights Watch demanded that Saudi Arabia investigate the journalist's death.",
     ("REQUEST", "NGO", "SAU")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), FOREIGN_NAMED_SOURCE,
                         ids=[f"{b[0]}-{i}" for i, b in enumerate(FOREIGN_NAMED_SOURCE)])
def test_foreign_named_organisation_is_the_source(pipeline: Pipeline, lang: str, text: str,
                                                  triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))



# the International Labour Office, the ILO's secretariat, is named in Czech news as well as the Organisation
LABOUR_OFFICE = [
    ("cs", "Mezinárodní úřad práce vyzval Katar, aby zlepšil podmínky zahraničních dělníků.",
     ("REQUEST", "IGOUNO", "QAT")),
    ("en", "The International Labour Office urged Qatar to improve conditions for foreign workers.",
     ("REQUEST", "IGOUNO", "QAT")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), LABOUR_OFFICE, ids=["cs", "en"])
def test_labour_office_is_the_ilo(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


# a request noun with its content clause: the clause's subject is the one asked ('požadavek, aby Írán ...')
NOUN_CLAUSE_TARGET = [
    ("cs", "Francie zopakovala svůj požadavek, aby Írán propustil zadržené Francouze.", ("REQUEST", "FRA", "IRN")),
    ("cs", "Evropská komise zopakovala výzvu, aby Maďarsko dodržovalo pravidla.", ("REQUEST", "IGOEUR", "HUN")),
    ("cs", "Výzva Bruselu, aby Varšava změnila zákon, zůstala bez odezvy.", ("REQUEST", "IGOEUR", "POL")),
    ("en", "France renewed its demand that Iran release the detained French citizens.", ("REQUEST", "FRA", "IRN")),
    ("en", "The European Commission repeated its call for Hungary to respect the rules.", ("REQUEST", "IGOEUR", "HUN")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), NOUN_CLAUSE_TARGET,
                         ids=[f"{b[0]}-{i}" for i, b in enumerate(NOUN_CLAUSE_TARGET)])
def test_request_noun_clause_subject_is_the_target(pipeline: Pipeline, lang: str, text: str,
                                                   triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


# reminding an actor that it must do something demands it of that actor (the obligation's subject is the addressee)
REMINDED_DUTY = [
    ("cs", "Francouzský prezident připomněl Iráku, že musí plně spolupracovat s inspektory OSN.",
     ("REQUEST", "FRA", "IRQ")),
    ("cs", "Německá kancléřka připomněla Maďarsku, že musí spolupracovat s Evropskou komisí.",
     ("REQUEST", "DEU", "HUN")),
    ("en", "The French president reminded Iraq that it must cooperate fully with UN inspectors.",
     ("REQUEST", "FRA", "IRQ")),
    ("en", "The German chancellor reminded Hungary that it must cooperate with the European Commission.",
     ("REQUEST", "DEU", "HUN")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), REMINDED_DUTY,
                         ids=[f"{b[0]}-{i}" for i, b in enumerate(REMINDED_DUTY)])
def test_reminded_duty_is_a_demand_on_the_addressee(pipeline: Pipeline, lang: str, text: str,
                                                    triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


def test_speaker_own_duty_stays_no_demand(pipeline: Pipeline) -> None:
    """'Ministr řekl novinářům, že musí odstoupit': told, not reminded; he himself must, no demand on the press."""
    events = pipeline_events(pipeline, "Francouzský ministr řekl novinářům, že musí odstoupit.", "cs")
    assert not [e for e in events if e.type == "REQUEST"]


# 'opoziční' names the opposition sector of a group noun, as en 'opposition groups' (OPP of the country named)
OPPOSITION_GROUPS = [
    ("cs", "Opoziční skupiny v Zimbabwe žádají, aby prezident Mugabe upustil od své politiky.",
     ("REQUEST", "ZWE", "ZWE")),
    ("cs", "Běloruský režim zatkl opozičního předáka.", ("COERCE", "BLR", "BLR")),
    ("en", "Opposition groups in Zimbabwe are demanding that President Mugabe abandon his policy.",
     ("REQUEST", "ZWE", "ZWE")),
    ("en", "The Belarusian regime arrested an opposition leader.", ("COERCE", "BLR", "BLR")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), OPPOSITION_GROUPS,
                         ids=[f"{b[0]}-{i}" for i, b in enumerate(OPPOSITION_GROUPS)])
def test_opposition_groups_are_actors(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


# the owner the parser hangs on the ministry word ('Ministři obrany Ruska a Běloruska') is the ministers' owner
MINISTERS_OWNER = [
    ("cs", "Ministři obrany Ruska a Běloruska vyzvali Ukrajinu k jednání.", ("REQUEST", "BLR", "UKR")),
    ("cs", "Ministři obrany Evropské unie vyzvali Rusko ke stažení vojsk.", ("REQUEST", "IGOEUR", "RUS")),
    ("en", "The defence ministers of Russia and Belarus urged Ukraine to negotiate.", ("REQUEST", "BLR", "UKR")),
    ("en", "European Union defence ministers urged Russia to withdraw its troops.", ("REQUEST", "IGOEUR", "RUS")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), MINISTERS_OWNER,
                         ids=[f"{b[0]}-{i}" for i, b in enumerate(MINISTERS_OWNER)])
def test_ministers_owner_on_the_ministry_word(pipeline: Pipeline, lang: str, text: str,
                                              triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(pipeline_events(pipeline, text, lang))
