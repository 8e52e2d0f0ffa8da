"""Political-news precision: a politician's attack on a person is criticism (precision.verbal_attacks); a wish
with no addressee is no demand (want, need); finding common ground investigates nothing; insisting on a fact
("he had won", "he has questions") demands nothing (precision_frames.plain_have); a politician's rally is a campaign
event, no protest (precision_frames.campaign_rally)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2016-09-20"})
    return {(e.type, (e.source.code or "-")[:3] if e.source else "-", (e.target.code or "-")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize("text, expected", [
    ("Senate Minority Leader Harry Reid has been steadily pounding Donald Trump.", ("ACCUSE", "USA", "USA")),
    ("Hillary Clinton attacked Donald Trump in Ohio on Monday.", ("ACCUSE", "USA", "USA")),
    ("Vladimir Putin attacked Ukraine in 2022.", ("ASSAULT", "RUS", "UKR")),
    ("Syrian President Bashar al-Assad attacked the rebels.", ("ASSAULT", "SYR", "SYR")),
])
def test_verbal_attack(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    got = _triples(pipeline, text)
    assert expected in got
    wrong = "ASSAULT" if expected[0] == "ACCUSE" else "ACCUSE"
    assert not any(t[0] == wrong for t in got)


@pytest.mark.parametrize("text, expected", [
    ('"We need change," the New York businessman told supporters in Ohio.', None),
    ("Voters in Ohio want change, the senator said on Monday.", None),
    ("Russia wants peace with Ukraine, the Kremlin said.", ("REQUEST", "RUS", "UKR")),
])
def test_wish_without_addressee(pipeline: Pipeline, text: str, expected: tuple[str, str, str] | None) -> None:
    got = {t for t in _triples(pipeline, text) if t[0] == "REQUEST"}
    assert got == ({expected} if expected else set())


@pytest.mark.parametrize("text", [
    "Obama and Chinese President Xi Jinping found common ground on climate change in 2014.",
    "The senator said he was trying to find some middle ground with the White House.",
])
def test_common_ground_is_no_investigation(pipeline: Pipeline, text: str) -> None:
    assert not any(t[0] == "ACCUSE" for t in _triples(pipeline, text))


@pytest.mark.parametrize("text, expected", [
    ("Donald Trump insisted that he had won the debate against Hillary Clinton.", None),
    ("Senator Jason Chaffetz insisted he has different questions for the State Department.", None),
    ("Russia insisted that North Korea has to stop its nuclear tests.", ("REQUEST", "RUS", "PRK")),
])
def test_insisting_on_a_fact(pipeline: Pipeline, text: str, expected: tuple[str, str, str] | None) -> None:
    got = {t for t in _triples(pipeline, text) if t[0] == "REQUEST"}
    assert got == ({expected} if expected else set())


@pytest.mark.parametrize("text, protest", [
    ("Hillary Clinton has held rallies before largely black crowds in Cleveland.", False),
    ("Senator Bernie Sanders held a rally against the trade deal in Ohio.", True),
    ("Thousands of students held a rally in Prague on Friday.", True),
])
def test_campaign_rally(pipeline: Pipeline, text: str, protest: bool) -> None:
    assert any(t[0] == "PROTEST" for t in _triples(pipeline, text)) == protest


@pytest.mark.parametrize("text, expected", [
    ("Premiér Andrej Babiš v pondělí ostře napadl předsedu ODS Petra Fialu.", ("ACCUSE", "CZE", "CZE")),
    ("Ministr financí Zbyněk Stanjura zaútočil na šéfa opozice Andreje Babiše.", ("ACCUSE", "CZE", "CZE")),
    ("Ruská armáda v noci zaútočila na Kyjev.", ("ASSAULT", "RUS", "UKR")),
    ("Prezident Putin zaútočil na Ukrajinu.", ("ASSAULT", "RUS", "UKR")),
])
def test_verbal_attack_cs(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    got = _triples(pipeline, text, "cs")
    assert expected in got
    wrong = "ASSAULT" if expected[0] == "ACCUSE" else "ACCUSE"
    assert not any(t[0] == wrong for t in got)


@pytest.mark.parametrize("text, protest", [
    ("Hillary Clintonová uspořádala v Clevelandu předvolební shromáždění.", False),
    ("Studenti uspořádali shromáždění proti vládě.", True),
])
def test_campaign_rally_cs(pipeline: Pipeline, text: str, protest: bool) -> None:
    assert any(t[0] == "PROTEST" for t in _triples(pipeline, text, "cs")) == protest
