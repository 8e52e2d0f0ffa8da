"""Czech source/target attribution (session 27): OVS order told by the verb's number, the agent phrase 'ze strany X'
of passives and nouns, and the reporting order 'X ..., kritizovala Y' (the fronted clause's subject is the target)."""

from __future__ import annotations

from events_support import doc_triples as _triples

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str) -> Doc:
    """Parse and code a hand-made Czech text."""
    return pipeline({"text": text, "lang": "cs", "published": "2024-03-12"})



def test_plural_verb_singular_subject_is_ovs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Izrael obvinily palestinské úřady z masakru.")
    assert ("ACCUSE", "PSE", "ISR") in _triples(doc)
    assert ("ACCUSE", "ISR", "PSE") not in _triples(doc)


def test_plural_verb_ovs_finds_the_plural_subject(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Útok Íránu na Izrael odsoudily Spojené státy.")
    assert ("ACCUSE", "USA", "IRN") in _triples(doc)


def test_singular_name_the_tagger_made_plural_stays_subject(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Bangladéš znovu rázně odmítl indický návrh na podpis vzájemné dohody o volném obchodu.")
    assert ("REJECT", "BGD", "IND") in _triples(doc)
    assert ("REJECT", "IND", "BGD") not in _triples(doc)


def test_agreeing_svo_is_kept(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Rusko kritizovaly Spojené státy. Spojené státy kritizovaly Rusko.")
    assert _triples(doc) == {("ACCUSE", "USA", "RUS")}


def test_passive_agent_ze_strany_is_the_source(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Rusko bylo ze strany Západu kritizováno za invazi.")
    assert ("ACCUSE", "WST", "RUS") in _triples(doc)


def test_passive_agent_ze_strany_of_an_accusation(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Izrael byl ze strany Íránu obviněn z útoku na konzulát.")
    assert ("ACCUSE", "IRN", "ISR") in _triples(doc)


def test_noun_agent_ze_strany_beats_the_genitive(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Kritika vlády ze strany opozice zesílila.")
    assert ("ACCUSE", "CZE", "CZE") in _triples(doc)
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert ev.source is not None and ev.source.code == "CZEOPP"
    assert ev.target is not None and ev.target.code == "CZEGOV"


def test_noun_genitive_without_agent_phrase_stays_source(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Útok Íránu na Izrael trval celou noc.")
    assert ("ASSAULT", "IRN", "ISR") in _triples(doc)


def test_reporting_order_criticism_targets_the_fronted_clause(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Vláda zanedbává zdravotnictví, kritizovala opozice.")
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert ev.source is not None and ev.source.code == "CZEOPP"
    assert ev.target is not None and ev.target.code == "CZEGOV"


def test_reporting_order_complaint_of_foreign_makers(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Čína zneužívá obchodní pravidla, stěžují si evropští výrobci.")
    assert ("ACCUSE", "EUR", "CHN") in _triples(doc)


def test_coordinated_act_with_its_own_object_keeps_its_target(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Policie zadržela dva muže, obvinila je z krádeže.")
    assert ("ACCUSE", "CZE", "CZE") in _triples(doc)
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert ev.source is not None and ev.source.code == "CZECOP"


def test_feminine_object_of_an_la_participle_is_no_subject(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Bezdomovkyně byla nekonfliktní, nepila alkohol a nevyhledávala společnost dalších lidí.")
    assert all(e.source is None or e.source.code != "CZEBUS" for e in doc.events)


def test_dropped_subject_is_no_actor_inside_the_objects_phrase(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Vietnamem vedené síly dnes zahájily palbu na tábory kambodžských partyzánů a zabily nebo "
               "zranily 50 lidí.")
    assert not any(e.source is not None and (e.source.code or "").startswith("KHM") for e in doc.events)


def test_dropped_subject_continues_the_governing_clause_not_a_phrase_of_its_object(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Evropa by se měla i nadále snažit získat maximální ústupky ze strany Spojeného království, "
               "protože nemá na výběr, vyjednávat se současnou vládou.")
    assert ("AGREE", "EUR", "GBR") in _triples(doc)
    assert ("AGREE", "GBR", "-") not in _triples(doc)



def test_postverbal_nationality_is_the_subject(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ze světa mezitím přicházejí další reakce na úmrtí bývalého starosty Paříže. Chiraca si "
               "připomněli například Japonci, neboť politik byl známý svou láskou k jejich zemi.")
    assert ("SUPPORT", "JPN", "FRA") in _triples(doc)
    assert ("SUPPORT", "FRA", "JPN") not in _triples(doc)


def test_nationality_object_of_a_verb_with_a_subject_stays_object(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Policie zadržela Rumuny.")
    assert not any(e.source is not None and (e.source.code or "").startswith("ROU") for e in doc.events)


def test_solidarity_with_a_party_targets_it(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Česká vláda vyjádřila solidaritu s Ukrajinou.")
    assert ("SUPPORT", "CZE", "UKR") in _triples(doc)


def test_support_together_with_a_partner_targets_the_dative(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ministr vyjádřil podporu Ukrajině spolu s Francií.")
    assert ("SUPPORT", "CZE", "UKR") in _triples(doc)
    assert ("SUPPORT", "CZE", "FRA") not in _triples(doc)


def test_coordinated_verb_shares_the_relative_object(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Útočník, kterého policie zadržela a obvinila z vraždy, je Němec.")
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert ev.target is not None and ev.target.text == "Útočník"


def test_coordinated_verb_shares_the_object_before_the_conjunction(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Policie muže zadržela a obvinila z vraždy.")
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert ev.target is not None and ev.target.text == "muže"


def test_coordinated_verb_with_its_own_object_keeps_it(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Česko vyhostilo ruské diplomaty a kritizovalo běloruskou vládu.")
    assert ("ACCUSE", "CZE", "BLR") in _triples(doc)
    assert ("ACCUSE", "CZE", "RUS") not in _triples(doc)
