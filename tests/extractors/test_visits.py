"""Visits and hosting in wire-news form, Czech and English (session 21, visits): the visitor is the source of the
visit (CONSULT 042), the host of the reception (043, as the gold: 'vřele přijal jihoafrického vůdce' FRA -> ZAF,
'He was greeted by Morawiecki' POL -> DEU). A capital after a visit noun is the state visited ('a visit to
Moscow'), a state in the genitive of 'návštěva' the host ('návštěvu Ruska'), a person there the visitor; a welcomed
person is a guest, a welcomed decision praise; a received pronoun is a guest only when it stands for an official."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

VISITS = [
    ("en", "China's foreign minister arrived in Moscow for a two-day visit.", ("CONSULT", "CHN", "RUS")),
    ("en", "Iran's president arrived in Beijing on Tuesday for a three-day state visit.", ("CONSULT", "IRN", "CHN")),
    ("en", "China's foreign minister began a two-day visit to Moscow.", ("CONSULT", "CHN", "RUS")),
    ("en", "German Chancellor Olaf Scholz paid a visit to Beijing on Sunday.", ("CONSULT", "DEU", "CHN")),
    ("en", "The Ukrainian president made a surprise visit to Washington on Wednesday.", ("CONSULT", "UKR", "USA")),
    ("en", "The Russian defence minister made an unannounced visit to Tehran.", ("CONSULT", "RUS", "IRN")),
    ("en", "Indian Prime Minister Narendra Modi landed in Vienna on Tuesday evening.", ("CONSULT", "IND", "AUT")),
    ("en", "U.S. Secretary of State Antony Blinken toured Israel and Jordan this week.", ("CONSULT", "USA", "JOR")),
    ("cs", "Čínský ministr zahraničí přijel na dvoudenní návštěvu Moskvy.", ("CONSULT", "CHN", "RUS")),
    ("cs", "Čínský ministr zahraničí přijel na dvoudenní návštěvu Ruska.", ("CONSULT", "CHN", "RUS")),
    ("cs", "Ruský prezident Vladimir Putin přiletěl v úterý na státní návštěvu Severní Koreje.",
     ("CONSULT", "RUS", "PRK")),
    ("cs", "Americký ministr obrany přiletěl na nečekanou návštěvu Kyjeva.", ("CONSULT", "USA", "UKR")),
    ("cs", "Brazilský prezident je na třídenní oficiální návštěvě Angoly.", ("CONSULT", "BRA", "AGO")),
    ("cs", "Čínský ministr zahraničí je tento týden na návštěvě v Moskvě.", ("CONSULT", "CHN", "RUS")),
    ("cs", "Slovenský premiér Robert Fico se vydal na cestu po Číně.", ("CONSULT", "SVK", "CHN")),
    # an adjectival surname in the genitive, parsed as an attribute that does not agree with the noun
    ("cs", "Ukrajinský prezident Volodymyr Zelenskyj jednal v Berlíně. Zelenského cesta do Washingtonu "
           "přinesla novou pomoc.", ("CONSULT", "UKR", "USA")),
]

HOSTING = [
    ("en", "Iran's foreign minister arrived in Moscow. Lavrov received him at the ministry.",
     ("CONSULT", "RUS", "IRN")),
    ("en", "Vietnam welcomed Chinese leader Xi Jinping with a 21-gun salute on Tuesday.", ("CONSULT", "VNM", "CHN")),
    ("en", "North Korean leader Kim Jong Un welcomed Putin at the airport in Pyongyang.", ("CONSULT", "PRK", "RUS")),
    ("en", "The German chancellor arrived in Warsaw. He was greeted by Polish Prime Minister Morawiecki.",
     ("CONSULT", "POL", "DEU")),
    ("cs", "Íránský ministr zahraničí přijel do Moskvy. Sergej Lavrov ho přijal v sídle ministerstva.",
     ("CONSULT", "RUS", "IRN")),
    ("cs", "Čínský ministr zahraničí Wang I navštívil Moskvu, kde ho přijal prezident Putin.",
     ("CONSULT", "RUS", "CHN")),
    ("cs", "Čínský prezident Si Ťin-pching přijal brazilského prezidenta ve Velkém sále lidu.",
     ("CONSULT", "CHN", "BRA")),
    ("cs", "Japonský premiér v pondělí přivítal v Tokiu australského premiéra.", ("CONSULT", "JPN", "AUS")),
    ("cs", "Indického premiéra v pondělí přivítal v Moskvě prezident Vladimir Putin.", ("CONSULT", "RUS", "IND")),
    ("cs", "Německá ministryně zahraničí přiletěla do Kyjeva. Na nádraží ji přivítal ukrajinský ministr Kuleba.",
     ("CONSULT", "UKR", "DEU")),
    ("cs", "Čínský vůdce Si Ťin-pching hostil v Kantonu francouzského prezidenta Emmanuela Macrona.",
     ("CONSULT", "CHN", "FRA")),
    ("cs", "Maďarský premiér Viktor Orbán byl přijat čínským prezidentem Si Ťin-pchingem.", ("CONSULT", "CHN", "HUN")),
    ("en", "Xi Jinping received Orban in Beijing.", ("CONSULT", "CHN", "HUN")),
    ("en", "Hungarian Prime Minister Viktor Orban was received by Chinese President Xi Jinping in Beijing.",
     ("CONSULT", "CHN", "HUN")),
    ("en", "South Korea's president greeted Vietnam's president at a welcoming ceremony in Seoul.",
     ("CONSULT", "KOR", "VNM")),
    ("en", "Polish President Andrzej Duda flew into Kyiv on Wednesday.", ("CONSULT", "POL", "UKR")),
    ("en", "Saudi Arabia hosted talks between Ukrainian and U.S. officials in Jeddah.", ("CONSULT", "SAU", "UKR")),
    ("en", "Biden welcomed Japanese Prime Minister Fumio Kishida to the White House on Wednesday.",
     ("CONSULT", "USA", "JPN")),
    ("en", "The visit of the Chinese president to Paris lasted three days.", ("CONSULT", "CHN", "FRA")),
    ("cs", "Biden ve středu přivítal v Bílém domě japonského premiéra Fumia Kišidu.", ("CONSULT", "USA", "JPN")),
    ("cs", "Egyptský prezident přijal telefonát od francouzského protějšku.", ("CONSULT", "FRA", "EGY")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), VISITS + HOSTING,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(VISITS + HOSTING)])
def test_visit_and_hosting(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))


def test_received_guest_is_not_reversed(pipeline: Pipeline) -> None:
    got = country_triples(events(pipeline, "Indonéský prezident přijal v Jakartě čínského ministra zahraničí.", "cs"))
    assert ("CONSULT", "IDN", "CHN") in got
    assert ("CONSULT", "CHN", "IDN") not in got


NOT_HOSTING = [
    ("cs", "Student se hlásil na Karlovu univerzitu. Univerzita ho přijala ke studiu."),
    ("cs", "Aliance přijala Finsko do NATO."),
    ("cs", "Strana přijala Jana Nováka za člena."),
    ("en", "Ukraine received Poland's help."),
    ("cs", "Policie zadržela muže. Soud ho přijal do vazby."),
    ("en", "Police detained a man. A hospital received him on Monday."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_HOSTING)
def test_received_private_person_is_no_guest(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(e.cameo == "043" for e in events(pipeline, text, lang))


PRAISE = [
    ("cs", "Evropská komise přivítala rozhodnutí Polska.", ("SUPPORT", "IGOEUR", "POL")),
    ("en", "Zelensky welcomed Biden's decision.", ("SUPPORT", "UKR", "USA")),
    ("en", "The EU welcomed the new Italian government.", ("SUPPORT", "IGOEUR", "ITA")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), PRAISE)
def test_welcomed_decision_stays_praise(pipeline: Pipeline, lang: str, text: str,
                                        triple: tuple[str, str, str]) -> None:
    evs = events(pipeline, text, lang)
    assert triple in country_triples(evs)
    assert not any(e.cameo == "043" for e in evs)


def test_journey_to_a_region_is_no_visit(pipeline: Pipeline) -> None:
    text = "Britský ministr se zároveň vydal na cestu do severní Afriky."
    assert not any(e.type == "CONSULT" for e in events(pipeline, text, "cs"))


def test_armed_forces_flying_in_stay_a_deployment(pipeline: Pipeline) -> None:
    got = country_triples(events(pipeline, "Russian fighter jets flew into Syria on Tuesday.", "en"))
    assert ("MOBILIZE", "RUS", "SYR") in got
    assert not any(t[0] == "CONSULT" for t in got)


def test_sentence_initial_alias_named_before_is_the_person(pipeline: Pipeline) -> None:
    """'Putin' opening a sentence, tagged a common noun ('putin'), after 'Vladimir Putin' earlier is that person."""
    text = ("Ruský prezident Vladimir Putin přiletěl do Ankary. "
            "Putin v pátek telefonoval s tureckým prezidentem Erdoganem.")
    evs = [e for e in events(pipeline, text, "cs") if e.trigger == "telefonoval"]  # one way may merge with the visit
    assert country_triples(evs) & {("CONSULT", "RUS", "TUR"), ("CONSULT", "TUR", "RUS")}


NO_VISIT = [
    ("en", "Polish Prime Minister Donald Tusk spoke in Warsaw. Thousands of Ukrainian refugees arrived in Germany."),
    ("cs", "Tisíce ukrajinských uprchlíků v neděli dorazily do Polska."),
    ("en", "The Russian defence minister spoke on Monday. A Russian drone landed in Romania on Tuesday."),
]


@pytest.mark.parametrize(("lang", "text"), NO_VISIT)
def test_refugees_and_weapons_make_no_visit(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(e.cameo == "042" for e in events(pipeline, text, lang))


def test_received_call_is_no_guest(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Egyptský prezident přijal telefonát od francouzského protějšku.", "cs")
    assert not any(e.cameo == "043" for e in evs)


def test_object_first_welcome_keeps_the_host_as_source(pipeline: Pipeline) -> None:
    got = country_triples(events(pipeline, "Indického premiéra v pondělí přivítal v Moskvě Putin.", "cs"))
    assert ("CONSULT", "RUS", "IND") in got
    assert ("CONSULT", "IND", "RUS") not in got


FUTURE_JOURNEYS = [
    ("cs", "Na návštěvu Prahy přijede příští týden německý prezident.", ("AGREE", "DEU", "CZE")),
    ("en", "Putin will arrive in Beijing for a state visit to China next week.", ("AGREE", "RUS", "CHN")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), FUTURE_JOURNEYS)
def test_visit_noun_of_a_future_journey_is_no_visit_made(pipeline: Pipeline, lang: str, text: str,
                                                        triple: tuple[str, str, str]) -> None:
    got = country_triples(events(pipeline, text, lang))
    assert triple in got
    assert not any(t[0] == "CONSULT" for t in got)
