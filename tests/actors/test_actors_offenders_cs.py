"""Czech offender nouns are criminals of the article's home (data/cs/agents.json sectors: CRM)."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_actors_offenders_cs_shooter_is_an_actor(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "text": "Policie uvedla, že střelec zabil dva lidi.", "lang": "cs"})
    assert {(e.type, (e.source.code or "") if e.source else "") for e in doc.events} >= {("ASSAULT", "CZECRM")}


def test_actors_offenders_cs_sentence_initial_capital(pipeline: Pipeline) -> None:
    """The parser lemmatises a sentence-initial 'Střelec' as a name; it is still the offender noun."""
    doc = pipeline({"id": "t", "text": "Střelec zabil 12 lidí.", "lang": "cs"})
    assert any(m.text == "Střelec" and m.code == "CZECRM" for m in doc.mentions)


def test_actors_local_government_cs(pipeline: Pipeline) -> None:
    """Municipalities acting are local government of the home ('obce vytýkají', 'obec podala žalobu'); not 'město',
    which is mostly a place ('ostřelovala ukrajinská města')."""
    doc = pipeline({"id": "t", "text": "Obec podala žalobu na stát.", "lang": "cs"})
    assert any(m.text == "Obec" and m.code == "CZEGOV" for m in doc.mentions)
    assert any(e.type == "ACCUSE" and e.source is not None and e.source.code == "CZEGOV" for e in doc.events)


def test_offenders_cs_age_adjective_and_court_participles_are_persons(pipeline: Pipeline) -> None:
    """'zbil 17letého poškozeného', 'zadržela 40letého', 'obviněný', 'pohřešovaný': people of police and court news."""
    doc = run(pipeline, "Útočník zbil 17letého poškozeného. Policie zadržela 40letého. Obviněný byl propuštěn. "
                        "Policie hledá pohřešovaného.", "cs")
    c = coded(doc)
    assert (c["poškozeného"], c["40letého"], c["Obviněný"], c["pohřešovaného"]) == ("CZECVL", "CZECVL", "CZECRM",
                                                                                     "CZECVL")


def test_offenders_cs_age_adjective_modifying_a_noun_is_no_second_actor(pipeline: Pipeline) -> None:
    assert "40letého" not in coded(run(pipeline, "Policie zadržela 40letého muže.", "cs"))


def test_offenders_cs_deverbal_noun_is_no_person(pipeline: Pipeline) -> None:
    """'podat obvinění' (charges), 'poškození sochy' (damage): the noun, not 'obviněný'/'poškozený' people."""
    c = coded(run(pipeline, "Prokurátor odmítl podat obvinění kvůli poškození sochy.", "cs"))
    assert "obvinění" not in c and "poškození" not in c


def test_offenders_cs_short_passive_participle_is_no_person(pipeline: Pipeline) -> None:
    """'byl obviněn', 'byl zadržen': the short participle is the predicate, not an 'obviněný' person."""
    c = coded(run(pipeline, "Muž byl obviněn z krádeže. Jiný muž byl zadržen policií.", "cs"))
    assert "obviněn" not in c and "zadržen" not in c
