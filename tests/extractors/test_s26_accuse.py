"""ACCUSE recall (session 26): inquiries by state organs without a named suspect, ..."""

from __future__ import annotations

from kronika import Pipeline
from kronika.model import Doc


def _run(pipeline: Pipeline, text: str, lang: str) -> Doc:
    """Parse and code a hand-made text."""
    return pipeline({"text": text, "lang": lang, "published": "2020-01-15"})


def _triples(doc: Doc) -> set[tuple[str, str, str, str]]:
    """(type, cameo, source country, target country or '-') of the events."""
    return {(e.type, e.cameo, (e.source.code or "-")[:3] if e.source else "-",
             (e.target.code or "-")[:3] if e.target else "-") for e in doc.events}


def test_police_inquiry_into_accident_cause_stands_without_suspect_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Na dálnici D1 u Brna se ve středu srazil kamion s autobusem. Škoda je podle mluvčí "
               "minimálně dva miliony korun, příčinu nehody čeští policisté vyšetřují.", "cs")
    assert ("ACCUSE", "090", "CZE", "-") in _triples(doc)


def test_police_inquiry_into_accident_cause_stands_without_suspect_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "A lorry collided with a bus on the D1 motorway near Brno on Wednesday. "
               "The Czech police are now investigating the cause of the accident.", "en")
    assert ("ACCUSE", "090", "CZE", "-") in _triples(doc)


def test_tender_procedure_is_no_inquiry_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ministerstvo dopravy zahajuje přípravu nového zadávacího řízení na mýtný systém, "
               "řekl ministr dopravy Karel Havlíček.", "cs")
    assert not any(e.cameo.startswith("09") and e.target is None for e in doc.events)


def test_scientists_inquiry_is_no_accusation_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Czech scientists are investigating the cause of the illness.", "en")
    assert not any(e.type == "ACCUSE" for e in doc.events)


def test_judged_conduct_names_its_owner_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The UN envoy said the decision of the Russian government was deplorable.", "en")
    assert ("ACCUSE", "112", "IGO", "RUS") in _triples(doc)


def test_regrettable_conduct_is_a_judgement_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "„I když je současné počínání ruské vlády politováníhodné, spolupráce bude pokračovat,“ "
               "řekl mluvčí OSN.", "cs")
    assert ("ACCUSE", "112", "IGO", "RUS") in _triples(doc)


def test_firm_protesting_is_a_complaint_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Proti průběhu tendru protestoval současný provozovatel Kapsch, řekl mluvčí ministerstva "
               "dopravy.", "cs")
    assert ("ACCUSE", "111", "CZE", "CZE") in _triples(doc)
    assert not any(e.type == "PROTEST" for e in doc.events)


def test_ministry_protesting_is_a_complaint_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The Chinese foreign ministry protested the visit of the US secretary to Taiwan.", "en")
    assert ("ACCUSE", "111", "CHN", "USA") in _triples(doc)


def test_crowd_protesting_stays_a_protest(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Tisíce lidí protestovaly proti vládě na Václavském náměstí.", "cs")
    assert {e.type for e in doc.events} == {"PROTEST"}
    doc = _run(pipeline, "Thousands of students protested against the government in Prague.", "en")
    assert {e.type for e in doc.events} == {"PROTEST"}


def test_police_gathering_evidence_is_an_inquiry_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "V Londýně byl ve středu ubodán mladík. Britští vyšetřovatelé shromažďují záznamy z kamer "
               "a další důkazy.", "cs")
    assert any(t[:3] == ("ACCUSE", "090", "GBR") for t in _triples(doc))


def test_police_gathering_evidence_is_an_inquiry_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "A teenager was stabbed in London on Wednesday. British detectives have been gathering "
               "CCTV and other evidence.", "en")
    assert any(t[:3] == ("ACCUSE", "090", "GBR") for t in _triples(doc))


def test_searching_for_traces_is_no_accusation_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Čeští archeologové hledají stopy pravěkého osídlení.", "cs")
    assert not any(e.type == "ACCUSE" for e in doc.events)


def test_police_checking_identity_investigate_the_person(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Strážníci v Mostě zkontrolovali totožnost muže a zjistili, že je hledaný.", "cs")
    assert ("ACCUSE", "090", "CZE", "CZE") in _triples(doc)
    doc = _run(pipeline, "When checking identities of the man, the Czech police found out that he was wanted.", "en")
    assert ("ACCUSE", "090", "CZE", "CZE") in _triples(doc)


def test_criticism_earned_names_its_critic_by_genitive_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Premiér Babiš si vysloužil kritiku Evropské komise.", "cs")
    assert ("ACCUSE", "111", "IGO", "CZE") in _triples(doc)


def test_charges_filed_are_an_accusation_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The British prosecutors filed charges against the former British minister.", "en")
    assert ("ACCUSE", "112", "GBR", "GBR") in _triples(doc)
    assert not any(e.type == "COERCE" for e in doc.events)




def test_responsible_for_an_attack_is_blame_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Ukraine said Russia was responsible for the attack.", "en")
    assert ("ACCUSE", "112", "UKR", "RUS") in _triples(doc)
    doc = _run(pipeline, "The British minister said the ministry was responsible for health care.", "en")
    assert not any(e.type == "ACCUSE" for e in doc.events)


def test_denied_responsibility_makes_no_culprit_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Rusko tvrdí, že za útok na nemocnici není odpovědné.", "cs")
    assert not any(e.type == "ASSAULT" and e.source is not None for e in doc.events)
    # the hospital is placed: a brief naming only foreign states gives an unplaced one no (Czech) country
    doc = _run(pipeline, "Ukrajina uvedla, že Rusko je odpovědné za útok na nemocnici v Charkově.", "cs")
    assert any(e.type == "ASSAULT" and e.source is not None and e.source.code == "RUS" for e in doc.events)


def test_clause_before_a_passive_ban_is_no_content_of_the_ban(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "A British court heard the case in Cardiff. Holland has also been sentenced to 120 hours of "
               "unpaid work, she has been banned for life from keeping animals.", "en")
    assert not any(r["trigger"] == "sentenced" and "complement" in str(r["reason"])
                   for r in doc.meta["events_dropped"])


def test_judgement_of_another_named_actor_of_the_same_code(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Boris Johnson is the British prime minister. Keir Starmer, the leader of the British Labour "
               "Party, said on Sunday that Boris Johnson probably broke the law.", "en")
    assert any(e.type == "ACCUSE" and e.target is not None and e.target.name == "Boris Johnson"
               and e.source is not None and e.source.name == "Keir Starmer" for e in doc.events)


def test_passive_victim_of_a_cue_is_not_judged(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The Spanish judge Juan Pérez was arrested in Madrid. His lawyers say he was tortured.", "en")
    assert not any(e.type == "ACCUSE" and e.rule.startswith("en-reported-judgement") for e in doc.events)


def test_violation_reported_by_podle_is_an_accusation(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Podle opozice vláda porušila zákon.", "cs")
    assert ("ACCUSE", "112", "CZE", "CZE") in _triples(doc)
    doc = _run(pipeline, "According to the British opposition, the British government broke the law.", "en")
    assert ("ACCUSE", "112", "GBR", "GBR") in _triples(doc)
    doc = _run(pipeline, "According to the BBC, the British government broke the law.", "en")
    assert not any(e.type == "ACCUSE" for e in doc.events)  # a medium reports, it accuses no one
