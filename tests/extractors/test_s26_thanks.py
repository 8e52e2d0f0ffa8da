"""Session 26: the act a thanks is for codes no event of its own (precision_news.thanks_reason), and NATO office
holders from the Phoenix actor data carry NATO's code IGONAT (tools/build_people.recode). Whole pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from events_support import triples

from kronika import Pipeline
from kronika.model import Event
from script_support import load_script

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """One pipeline for the module."""
    return Pipeline()


def _events(pipe: Pipeline, text: str, lang: str, published: str = "2024-06-18") -> list[Event]:
    """Events of a text with a publication date (office holders are coded by the role they hold on it)."""
    return pipe({"id": "t", "text": text, "lang": lang, "published": published}).events


def test_aid_thanked_for_is_the_thanked_partys(pipe: Pipeline) -> None:
    """'poděkoval Británii za podporu': the thanks, and the support thanked for as the thanked party's.

    fill.thanked_for codes it; the gold holds it optional (GUIDELINES rule 6).
    """
    text = "Ukrajinský prezident Volodymyr Zelenskyj v pondělí poděkoval Británii za podporu."
    got = triples(_events(pipe, text, "cs"))
    assert ("SUPPORT", "UKRGOV", "GBR") in got
    assert {t for t in got if t[0] == "AID"} <= {("AID", "GBR", "UKRGOV")}


def test_aid_outside_thanks_stays(pipe: Pipeline) -> None:
    """Aid stated as an act of its own keeps its AID event in both languages."""
    assert ("AID", "GBR", "UKR") in triples(_events(pipe, "Britain sent weapons to Ukraine.", "en"))
    assert ("AID", "GBR", "UKR") in triples(_events(pipe, "Británie poslala Ukrajině zbraně.", "cs"))


def test_recode_phoenix_nato() -> None:
    """The build rule spells Phoenix's NATO code as the gold does; other codes pass unchanged."""
    mod = load_script(ROOT / "tools" / "build_people.py", "kronika_build_people_s26")
    assert mod.recode("~IGOWSTNAT") == "IGONAT"
    assert mod.recode("IGOWSTNATMIL") == "IGONATMIL"
    assert mod.recode("IGOWSTBUS") == "IGOWSTBUS"
    assert mod.parse_role("~IGOWSTNAT", "19951205-19991006") == "IGONAT:1995-12-05:1999-10-06"


def test_no_western_nato_code_in_person_data() -> None:
    """No person or organisation row carries IGOWSTNAT (the scorer would read it as IGOWST)."""
    data = ROOT / "src" / "kronika" / "data"
    for name in ("people.tsv", "people_curated.tsv", "orgs_phoenix.tsv"):
        assert "IGOWSTNAT" not in (data / name).read_text(encoding="utf-8"), name


@pytest.mark.parametrize(("text", "lang", "published"), [
    ("Jens Stoltenberg criticised Russia.", "en", "2020-03-01"),
    ("Javier Solana criticised Russia.", "en", "1997-03-01"),
    ("Jens Stoltenberg kritizoval Rusko.", "cs", "2020-03-01"),
])
def test_nato_holders_are_igonat(pipe: Pipeline, text: str, lang: str, published: str) -> None:
    """A NATO secretary general (curated or Phoenix person) acts as IGONAT."""
    assert triples(_events(pipe, text, lang, published)) == {("ACCUSE", "IGONAT", "RUS")}
