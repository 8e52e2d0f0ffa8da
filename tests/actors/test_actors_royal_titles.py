"""Royals in the people index ('Prince Harry', 'Meghan Markle'): a foreign royal in a story set elsewhere keeps
their own country; a listed name that opens with a title ends in a given name, which alone names that person only
after a title ('s princem Harrym'), never a bare 'Andrew said' of another story."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_royal_abroad_keeps_own_country_en(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Angolan officials welcomed the visit. Prince Harry met Angolan officials in Luanda on "
                            "Friday.", "en", "2019-09-27"))
    assert (c["Prince Harry"] or "")[:3] == "GBR"  # was the home's (AGOGOV)


def test_royal_abroad_keeps_own_country_cs(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Jihoafrický prezident přivítal hosty. Meghan Markleová se v Kapském Městě setkala "
                            "s podnikatelkami.", "cs", "2019-09-27"))
    assert (c["Meghan Markleová"] or "")[:3] == "GBR"  # was the home's (ZAFCVL)


def test_royal_given_name_after_title_cs(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Český prezident se v Praze setkal s princem Harrym.", "cs", "2019-09-27"))
    assert (c["princem Harrym"] or "")[:3] == "GBR"


def test_bare_given_name_is_no_royal_en(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Czech police arrested a man in Prague on Monday. Andrew criticised the Czech police.",
                  "en", "2019-09-27"))
    assert not (c["Andrew"] or "").startswith("GBR")  # a lone given name is no Prince Andrew


def test_bare_given_name_is_no_royal_cs(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "Policie v Praze zadržela muže. William kritizoval českou policii.", "cs", "2019-09-27"))
    assert not (c["William"] or "").startswith("GBR")
