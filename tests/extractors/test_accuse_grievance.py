"""Grievances and their parties: the envoy summoned 'to complain' is not the one who complains (grammar keys
summoning_verbs, summoner_purpose_verbs); Czech says it with a purpose clause of the summoner ('aby si stěžovalo')."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize("lang, text, expected, wrong", [
    ("en", "German officials summoned the Egyptian ambassador in Berlin to complain about a raid on a German charity.",
     ("ACCUSE", "DEU", "EGY"), ("ACCUSE", "EGY", "DEU")),
    ("en", "Pakistan summoned the French ambassador to protest against the cartoons of the Prophet.",
     ("ACCUSE", "PAK", "FRA"), ("ACCUSE", "FRA", "PAK")),
    ("cs", "Německo si předvolalo egyptského velvyslance, aby si stěžovalo na razii v německé organizaci.",
     ("ACCUSE", "DEU", "EGY"), ("ACCUSE", "EGY", "DEU")),
])
def test_the_summoner_complains_not_the_summoned(pipeline: Pipeline, lang: str, text: str,
                                                expected: tuple[str, str, str], wrong: tuple[str, str, str]) -> None:
    found = country_triples(events(pipeline, text, lang))
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize("lang, text, expected, wrong", [
    ("en", "Lebanon complained to the United Nations on Tuesday over two Israeli air raids.",
     ("ACCUSE", "LBN", "ISR"), ("ACCUSE", "LBN", "IGOUNO")),
    ("en", "Poland complained about Germany to the European Commission.",
     ("ACCUSE", "POL", "DEU"), ("ACCUSE", "POL", "IGOEUR")),
    ("cs", "Libanon si v úterý stěžoval u OSN na dva izraelské nálety.",
     ("ACCUSE", "LBN", "ISR"), ("ACCUSE", "LBN", "IGOUNO")),
    ("cs", "Polsko si u Evropské komise stěžovalo na Německo.",
     ("ACCUSE", "POL", "DEU"), ("ACCUSE", "POL", "IGOEUR")),
])
def test_the_one_complained_about_is_the_target_not_the_addressee(
        pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]) -> None:
    """'complained to X about/over Y': Y is accused; X only hears the complaint (cs 'stěžovat si u X na Y')."""
    found = country_triples(events(pipeline, text, lang))
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Poland's decision sparked criticism from Germany.", ("ACCUSE", "DEU", "POL")),
    ("en", "The Hungarian law triggered condemnation from the European Union.", ("ACCUSE", "IGOEUR", "HUN")),
    ("en", "The Polish law prompted criticism from the European Commission.", ("ACCUSE", "IGOEUR", "POL")),
    ("cs", "Rozhodnutí Polska vyvolalo kritiku ze strany Německa.", ("ACCUSE", "DEU", "POL")),
    ("cs", "Maďarský zákon vyvolal odsouzení ze strany Evropské unie.", ("ACCUSE", "IGOEUR", "HUN")),
    ("cs", "Polský zákon vyvolal kritiku Evropské komise.", ("ACCUSE", "IGOEUR", "POL")),
])
def test_criticism_an_act_sparks_is_the_critics(pipeline: Pipeline, lang: str, text: str,
                                                expected: tuple[str, str, str]) -> None:
    """'X sparked criticism from Y' (cs 'X vyvolal kritiku Y / ze strany Y'): Y criticises X, as 'X drew
    criticism from Y' and 'X sklidil kritiku od Y' already did."""
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "The Russian move provoked outrage in Ukraine."),
    ("cs", "Ruský krok vyvolal v Polsku pobouření."),
])
def test_outrage_with_no_critic_named_is_no_accusation(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "ACCUSE"]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "China took issue with Britain over Hong Kong.", ("ACCUSE", "CHN", "GBR")),
    ("en", "Germany took Poland to task over its judiciary.", ("ACCUSE", "DEU", "POL")),
    ("en", "Britain called out China over its human rights record.", ("ACCUSE", "GBR", "CHN")),
    ("en", "The Czech prime minister spoke out against Russia.", ("ACCUSE", "CZE", "RUS")),
    ("en", "China voiced strong dissatisfaction with Britain.", ("ACCUSE", "CHN", "GBR")),
    ("en", "The United States raised concerns about China's military buildup.", ("ACCUSE", "USA", "CHN")),
    ("en", "Germany raised objections to the Polish proposal.", ("ACCUSE", "DEU", "POL")),
    ("cs", "Německo se ohradilo proti polskému postupu.", ("ACCUSE", "DEU", "POL")),
    ("cs", "Británie ostře vystoupila proti Číně kvůli Hongkongu.", ("ACCUSE", "GBR", "CHN")),
    ("cs", "Čína vyjádřila silnou nespokojenost s Británií.", ("ACCUSE", "CHN", "GBR")),
    ("cs", "Spojené státy vyjádřily znepokojení nad čínským zbrojením.", ("ACCUSE", "USA", "CHN")),
    ("cs", "Německo vzneslo námitky k polskému návrhu.", ("ACCUSE", "DEU", "POL")),
])
def test_phrases_of_disapproval(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    """Phrases any report of a dispute uses: en take issue with, take to task, call out, speak out against, voice
    dissatisfaction, raise concerns/objections; cs 'vznést námitky/výhrady k X' (the owner of what is objected to)."""
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "They called out to a woman who happened to be passing by."),
    ("en", "German doctors raised concerns that the vaccine could be unsafe."),
])
def test_phrases_of_disapproval_need_someone_disapproved_of(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "ACCUSE"]


@pytest.mark.parametrize("lang, text, expected, wrong", [
    ("en", "Washington condemned the Russian invasion of Ukraine.",
     ("ACCUSE", "USA", "RUS"), ("ACCUSE", "USA", "UKR")),
    ("en", "NATO condemned the Russian occupation of Crimea.",
     ("ACCUSE", "IGONAT", "RUS"), ("ACCUSE", "IGONAT", "UKR")),
    ("en", "Britain denounced the Israeli bombing of Gaza.", ("ACCUSE", "GBR", "ISR"), ("ACCUSE", "GBR", "PSE")),
    ("cs", "Washington odsoudil ruskou invazi na Ukrajinu.", ("ACCUSE", "USA", "RUS"), ("ACCUSE", "USA", "UKR")),
    ("cs", "NATO odsoudilo ruskou okupaci Krymu.", ("ACCUSE", "IGONAT", "RUS"), ("ACCUSE", "IGONAT", "UKR")),
    ("cs", "Británie odsoudila izraelské bombardování Gazy.", ("ACCUSE", "GBR", "ISR"), ("ACCUSE", "GBR", "PSE")),
])
def test_an_armed_act_condemned_is_its_doers_not_its_victims(
        pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str], wrong: tuple[str, str, str]) -> None:
    """'the Russian invasion of Ukraine': the 'of' phrase of an armed act names its victim, the demonym its doer."""
    found = country_triples(events(pipeline, text, lang))
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Kremlin lashed out at Washington over the new sanctions.", ("ACCUSE", "RUS", "USA")),
    ("en", "Poland hit back at Brussels.", ("ACCUSE", "POL", "IGOEUR")),
    ("en", "The French president took aim at Moscow over its disinformation.", ("ACCUSE", "FRA", "RUS")),
    ("cs", "Kreml se ostře pustil do Washingtonu kvůli novým sankcím.", ("ACCUSE", "RUS", "USA")),
    ("cs", "Francouzský prezident se opřel do Moskvy kvůli dezinformacím.", ("ACCUSE", "FRA", "RUS")),
])
def test_a_capital_a_verbal_attack_aims_at_is_its_state(pipeline: Pipeline, lang: str, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    """'lashed out at Washington', cs 'pustil se do Washingtonu' (aimed_prepositions, aimed_heads): the capital is
    the state attacked, not a place; cs 'pustit se / opřít se do X' criticises X (en 'laid into X')."""
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("cs", "Dělníci se pustili do práce."),
    ("cs", "Vláda se pustila do reformy."),
    ("en", "The Czech president arrived at Prague airport."),
])
def test_setting_to_work_is_no_attack(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "ACCUSE"]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Czech foreign minister criticized Russia.", ("ACCUSE", "CZE", "RUS")),
    ("en", "The Russian ambassador was summoned by the Czech foreign ministry.", ("ACCUSE", "CZE", "RUS")),
    ("cs", "Český ministr zahraničí kritizoval Rusko.", ("ACCUSE", "CZE", "RUS")),
    ("cs", "Ruský velvyslanec byl předvolán českým ministerstvem zahraničí.", ("ACCUSE", "CZE", "RUS")),
])
def test_a_demonym_the_parser_makes_a_proper_noun_still_names_the_state(
        pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    """'the Czech foreign minister': the parser makes 'Czech' a proper-noun nmod before a lower-case role; it is the
    demonym all the same (the minister had no country, or took the other state of the sentence)."""
    assert expected in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize("lang, text", [
    ("cs", "Český premiér se ocitl pod palbou kritiky Evropské komise."),
    ("cs", "Ministr zahraničí čelil palbě otázek polských novinářů."),
    ("en", "The Czech prime minister faced a barrage of criticism from the European Commission."),
])
def test_fire_made_of_words_is_no_attack(pipeline: Pipeline, lang: str, text: str) -> None:
    """'pod palbou kritiky' (figurative_genitives): a volley of words, no force; it coded ASSAULT IGOEUR -> CZE."""
    assert not [t for t in country_triples(events(pipeline, text, lang)) if t[0] == "ASSAULT"]


@pytest.mark.parametrize("lang, text, expected", [
    ("cs", "Ukrajinské pozice se ocitly pod palbou ruských vojsk.", ("ASSAULT", "RUS", "UKR")),
])
def test_fire_of_troops_stays_an_attack(pipeline: Pipeline, lang: str, text: str,
                                        expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(events(pipeline, text, lang))
