"""Targets named inside the object noun phrase: a passive participle after the object ('sanctions imposed on Iran',
'an offer submitted by Russia') and an owner of the source's own country for a response ('the Taliban rejected the
Afghan government's offer'; targets.participle_phrases, targets.owner); the forces a MOBILIZE verb moves are no
target ('mobilized troops for the war against Iraq'; targets.mobilised_forces); a light object noun ('a mediation
effort') is read as its compound noun (matching._modifier_in, grammar key light_object_nouns); the object's infinitive
names the target ('accepted an invitation to meet with Kim'; complements.complement_targets)."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2018-03-20"})
    return {(e.type, (e.source.code or "-")[:3] if e.source else "-", (e.target.code or "-")[:3] if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Canada lifted the sanctions imposed on Iran after the nuclear deal.", ("RETREAT", "CAN", "IRN")),
    ("cs", "Kanada zrušila sankce uvalené na Írán po jaderné dohodě.", ("RETREAT", "CAN", "IRN")),
    ("en", "Japan agreed to ease restrictions placed on South Korea last year.", ("AGREE", "JPN", "KOR")),
    ("en", "Germany rejected an offer submitted by Russia on gas prices.", ("REJECT", "DEU", "RUS")),
    ("en", "The Kremlin rejected a peace plan put forward by Ukraine.", ("REJECT", "RUS", "UKR")),
    ("cs", "Kreml odmítl mírový plán předložený Ukrajinou.", ("REJECT", "RUS", "UKR")),
    ("en", "The Tanzanian government accepted a proposal submitted by China.", ("AGREE", "TZA", "CHN")),
    ("cs", "Tanzanská vláda přijala návrh předložený Čínou.", ("AGREE", "TZA", "CHN")),
])
def test_participle_after_object(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Taliban rejected the Afghan government's offer of peace talks.", ("REJECT", "AFG", "AFG")),
    ("en", "The Taliban rejected on Monday an Afghan government offer of a ceasefire.", ("REJECT", "AFG", "AFG")),
    ("cs", "Tálibán odmítl nabídku afghánské vlády k mírovým rozhovorům.", ("REJECT", "AFG", "AFG")),
    ("cs", "Tálibán v pondělí odmítl nabídku příměří od afghánské vlády.", ("REJECT", "AFG", "AFG")),
])
def test_response_to_own_government(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia rejected its own proposal on Monday."),
    ("en", "The Pentagon approved the deployment of American forces to the border."),
])
def test_own_object_is_no_target(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(t[2] == t[1] for t in _triples(pipeline, text, lang))


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "In 1990 President George Bush mobilized troops for the war against Iraq.", ("MOBILIZE", "USA", "IRQ")),
    ("cs", "Prezident George Bush v roce 1990 mobilizoval vojáky k válce proti Iráku.", ("MOBILIZE", "USA", "IRQ")),
    ("en", "The Nepal government mobilized the army after the riots.", ("MOBILIZE", "NPL", "-")),
    ("en", "The Pentagon deployed 3,000 troops to Poland.", ("MOBILIZE", "USA", "POL")),
    ("cs", "Pentagon vyslal do Polska 3000 vojáků.", ("MOBILIZE", "USA", "POL")),
])
def test_mobilised_forces_are_no_target(pipeline: Pipeline, lang: str, text: str,
                                        expected: tuple[str, str, str]) -> None:
    got = {t for t in _triples(pipeline, text, lang) if t[0] == "MOBILIZE"}
    assert got == {expected}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Qatar launched a mediation effort between Israel and Hamas on Monday.", {("CONSULT", "QAT", "ISR"),
                                                                                  ("CONSULT", "QAT", "PSE")}),
    ("cs", "Katar v pondělí zahájil zprostředkovatelské úsilí mezi Izraelem a Hamásem.", {("CONSULT", "QAT", "ISR"),
                                                                                        ("CONSULT", "QAT", "PSE")}),
    ("en", "The US envoy ended mediation efforts between Serbia and Kosovo.", {("SANCTION", "USA", "SRB"),
                                                                             ("SANCTION", "USA", "KSV")}),
    ("cs", "Americký vyslanec ukončil zprostředkovatelské úsilí mezi Srbskem a Kosovem.", {("SANCTION", "USA", "SRB"),
                                                                                         ("SANCTION", "USA", "KSV")}),
])
def test_light_noun_takes_its_compound(pipeline: Pipeline, lang: str, text: str,
                                       expected: set[tuple[str, str, str]]) -> None:
    assert _triples(pipeline, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "President Donald Trump has accepted an invitation to meet with Kim Jong Un.", ("AGREE", "USA", "PRK")),
    ("cs", "Donald Trump přijal pozvání k setkání s Kim Čong-unem.", ("AGREE", "USA", "PRK")),
    ("en", "Iran rejected an offer to hold talks with the United States.", ("REJECT", "IRN", "USA")),
])
def test_infinitive_of_the_object(pipeline: Pipeline, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(pipeline, text, lang)
