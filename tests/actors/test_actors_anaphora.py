"""Definite descriptions that refer back to a named actor (actors/anaphora.py): the kingdom, the alliance."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_anaphora_kingdom_is_the_subject_state_not_the_object(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Saudi Arabia condemned Iran. The kingdom also criticised Qatar.", "en")
    assert coded(doc)["kingdom"] == "SAUGOV"  # was QATGOV: the only state its own sentence names
    assert ("ACCUSE", "SAUGOV", "QAT") in {(e.type, e.source and e.source.code, e.target and e.target.code)
                                           for e in doc.events}


def test_anaphora_island_and_alliance_in_english(pipeline: Pipeline) -> None:
    assert coded(run(pipeline, "Taiwan accused China of intimidation. The island also thanked Japan.", "en"))[
        "island"] == "TWN"
    assert coded(run(pipeline, "NATO warned Russia on Monday. The alliance also criticised Belarus.", "en"))[
        "alliance"] == "IGONAT"


def test_anaphora_needs_a_definite_noun_and_an_antecedent(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Saudi Arabia condemned Iran. An alliance of opposition parties criticised the plan.", "en")
    assert "alliance" not in " ".join(m.text for m in doc.mentions if m.code == "IGONAT")
    doc = run(pipeline, "The alliance criticised the plan.", "en")  # no NATO named before
    assert all(m.code != "IGONAT" for m in doc.mentions)


def test_anaphora_czech_union_and_islamic_republic(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Evropská unie kritizovala Maďarsko. Unie také varovala Polsko.", "cs")
    assert coded(doc)["Unie"] == "IGOEUREEC"
    doc = run(pipeline, "Írán odmítl návrh USA. Islámská republika také kritizovala Izrael.", "cs")
    assert coded(doc)["Islámská republika"] == "IRN"


def test_anaphora_place_phrase_is_no_actor(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Saudi Arabia condemned Iran. Protests spread in the kingdom.", "en")
    assert not (coded(doc).get("kingdom") or "").startswith("SAU")


def test_anaphora_bare_title_is_the_one_person_of_its_sector_named_before(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Boris Johnson visited Kyiv on Monday. The Prime Minister praised Ukraine.", "en")
    assert coded(doc)["Prime Minister"] == "GBRGOV"  # was UKRGOV, the only state of its sentence
    doc = run(pipeline, "Boris Johnson navštívil Kyjev. Ministerský předseda ocenil Ukrajinu.", "cs")
    assert coded(doc)["Ministerský předseda"] == "GBRGOV"  # was unresolved
    doc = run(pipeline, "Andrej Babiš se sešel s Angelou Merkelovou. Premiér pak kritizoval Rusko.", "cs")
    assert coded(doc)["Premiér"] == "CZEGOV"  # two heads of government named: the home country, not Merkel


def test_anaphora_czech_body_after_a_foreign_body_of_its_sector(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Polský Sejm schválil zákon. Poslanci dolní komory parlamentu kritizovali Německo.", "cs")
    assert coded(doc)["Poslanci"] == "POLLEG"  # was CZELEG: the language default, not the story's parliament
    doc = run(pipeline, "Policie zadržela muže. Vláda to kritizovala.", "cs")
    assert coded(doc)["Vláda"] == "CZEGOV"  # no foreign body named: the home country


def test_anaphora_the_organisation_is_the_international_body_named_before(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Britain paid the World Food Programme (WFP). The organization warned of famine.", "en")
    c = coded(doc)
    assert c["World Food Programme"] == "IGOUNOWFP" and c["organization"] == "IGOUNOWFP"
    c = coded(run(pipeline, "Světová zdravotnická organizace vydala zprávu. Organizace varovala před epidemií.", "cs"))
    assert c["Organizace"] == "IGOUNOHLHWHO"
    c = coded(run(pipeline, "WHO vydala zprávu. Neziskové organizace v Praze protestovaly.", "cs"))
    assert c["Neziskové organizace v Praze"] == "CZENGO"  # its own adjective: no anaphor


def test_anaphora_foreign_body_before_a_state_body_in_a_brief_without_home(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Polský Sejm schválil zákon. Poslanci dolní komory parlamentu kritizovali Německo.", "cs")
    assert doc.meta["home_country"]["clear"] is None  # a brief naming only Poland and Germany: no Czech home
    assert coded(doc)["Poslanci"] == "POLLEG"
