"""Unlisted one-word organisation names acting in an article of a clear home (lone.py)."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline

CZECH = "V Praze a v Brně se v pondělí změnily jízdní řády. Česko zdražilo jízdné. {}"


def test_lone_abbreviation_or_inner_capital_acting_is_a_home_body(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, CZECH.format("Denně bude FlixBus na trati vypravovat celkem 16 spojů."), "cs"))
    assert c["FlixBus"] == "CZECVL"
    text = "Tennessee passed a law in Nashville. The United States reacted. The WWL accused the station of lying."
    assert coded(run(pipeline, text, "en"))["WWL"] == "USACVL"


def test_lone_plain_capitalised_word_or_object_stays_open(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, CZECH.format("Kovosvit dodal stroje. Vláda chce zastavit FlixBus."), "cs"))
    assert c.get("Kovosvit") is None and c.get("FlixBus") is None  # a plain word; an object, not an actor


def test_lone_needs_a_home_the_article_refers_to(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Denně bude FlixBus na trati vypravovat celkem 16 spojů.", "cs"))
    assert c.get("FlixBus") is None  # the Czech default alone is no evidence where an unlisted body is


def test_lone_surname_acting_is_a_private_person_of_the_home(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, CZECH.format("Hollandová uvedla, že vlak nejel."), "cs"))
    assert c["Hollandová"] == "CZECVL"
    c = coded(run(pipeline, CZECH.format("Vláda zastavila Hollandovou."), "cs"))
    assert c.get("Hollandovou") is None  # an object: often a thing, left open


def test_lone_name_introduced_with_a_sector_noun_is_that_body_again(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Fotbalový klub Sparta se odvolal proti trestu. Sparta podala stížnost.", "cs")
    assert [m.code for m in doc.mentions if m.text == "Sparta"] == ["CZEBUS"]
    assert coded(run(pipeline, "Sparta podala stížnost. Sparta se odvolala.", "cs")).get("Sparta") is None


def test_lone_name_with_an_organisation_noun_in_apposition_is_that_body(pipeline: Pipeline) -> None:
    text = "Kovosvit, firma ze Sezimova Ústí, požadovala vysvětlení od ministerstva. Česko to řeší."
    c = coded(run(pipeline, text, "cs"))
    assert c["Kovosvit, firma ze Sezimova Ústí"] == "CZEBUS"  # 'Kovosvit' was tagged a verb: no mention at all


ENGLISH = "Prague and Brno changed their timetables on Monday. The Czech Republic raised fares. {}"


def test_lone_name_before_a_company_noun_is_that_body_and_again_alone(pipeline: Pipeline) -> None:
    text = ENGLISH.format("However, Neckermann Travel Agency is forced to cancel more departures, he said. "
                          "Neckermann is cancelling flights.")
    doc = run(pipeline, text, "en")
    assert [m.code for m in doc.mentions if m.text.startswith("Neckermann")] == ["CZEBUS", "CZEBUS"]


def test_lone_name_before_a_body_that_modifies_a_noun_stays_apart(pipeline: Pipeline) -> None:
    doc = run(pipeline, ENGLISH.format("Karel is ill, said the Barrandov Television owner."), "en")
    assert "Barrandov Television" not in coded(doc)  # the owner speaks, not the station


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The restructuring of Kovosvit resulted in the company's loss of 100 million Czech crowns. "
     "Kovosvit supplied another machine in May.", "Kovosvit", "CZEBUS"),
    ("Nonetheless, the creditors put GBP 900 million into the company.", "GBP", None),  # a currency by a numeral
    ("Andrea met the firm's lawyers on Friday.", "Andrea", None),  # a first name, not the firm
])
def test_lone_name_right_before_the_company_is_that_firm(pipeline: Pipeline, text: str, name: str,
                                                         code: str | None) -> None:
    assert coded(run(pipeline, ENGLISH.format(text), "en")).get(name) == code


def test_lone_surname_of_a_passive_participle_is_a_private_person_of_the_home(pipeline: Pipeline) -> None:
    """cs passive participles are tagged ADJ ('Cox byl uvězněn'): their subject acts as a verb's would."""
    c = coded(run(pipeline, CZECH.format("Cox byl následně uvězněn na 30 měsíců."), "cs"))
    assert c["Cox"] == "CZECVL"
    c = coded(run(pipeline, CZECH.format("Hollandová byla odsouzena ke 120 hodinám neplacených prací."), "cs"))
    assert c["Hollandová"] == "CZECVL"
    text = "Tennessee passed a law in Nashville. The United States reacted. Cox was imprisoned for 30 months."
    assert coded(run(pipeline, text, "en"))["Cox"] == "USACVL"  # an English passive verb, as before
