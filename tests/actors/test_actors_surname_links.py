"""A surname alone refers back to the one unlisted person the article names in full with it, in any case."""

from __future__ import annotations

from actors_support import run

from kronika import Pipeline
from kronika.model import Doc


def actor_of(doc: Doc, text: str) -> set[str]:
    """The texts of every mention in the actor that holds a mention with this text."""
    actor = next(a for a in doc.actors if any(m.text == text for m in a.mentions))
    return {m.text for m in actor.mentions}


def test_surname_in_another_case_links_to_the_full_name_cs(pipeline: Pipeline) -> None:
    text = ("Britská policie v Londýně zadržela ženu, která se spolu se svým partnerem Russellem Coxem přiznala "
            "k držení kokainu. Cox byl následně uvězněn na 30 měsíců.")
    doc = run(pipeline, text, "cs")
    assert "Russellem Coxem" in actor_of(doc, "Cox")


def test_surname_links_to_the_full_name_en(pipeline: Pipeline) -> None:
    text = ("British police in London arrested Russell Coxon on Monday. Coxon was later jailed for 30 months.")
    doc = run(pipeline, text, "en")
    assert "Russell Coxon" in actor_of(doc, "Coxon")


def test_surname_of_two_named_persons_stays_open(pipeline: Pipeline) -> None:
    text = ("British police in London arrested Russell Coxon and his brother Mark Coxon on Monday. "
            "Coxon was later jailed for 30 months.")
    doc = run(pipeline, text, "en")
    assert actor_of(doc, "Coxon") & {"Russell Coxon", "Mark Coxon"} == set()


def test_surname_of_two_named_persons_stays_open_cs(pipeline: Pipeline) -> None:
    text = ("Britská policie v Londýně zadržela Russella Coxona a jeho bratra Marka Coxona. "
            "Coxon byl následně uvězněn na 30 měsíců.")
    doc = run(pipeline, text, "cs")
    assert not any(m.text.endswith("Coxona") for m in doc.mentions if m.text in actor_of(doc, "Coxon")
                   and m.text != "Coxon")
