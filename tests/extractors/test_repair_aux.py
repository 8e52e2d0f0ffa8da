"""Auxiliaries and modals the Czech parser hangs wrong. A future auxiliary on a fronted time noun
(repair_aux.displaced_future): 'V neděli bude ministryně jednat s Čínou' read with 'bude' as the copula of 'neděli'
leaves the infinitive tenseless; the repair gives it back its auxiliary, so the announced talks are a future act
(AGREE, GUIDELINES rule 2), not CONSULT. A recipient hung on a modal (repair_aux.modal_argument)."""

from __future__ import annotations

from events_support import run, triples
from test_events_cs_parse_repair import Row, hand_doc

from kronika import Pipeline

FEM = "Case=Nom|Gender=Fem|Number=Sing"


def rows(copula_head: int) -> list[Row]:
    """'V neděli bude britská ministryně jednat s Čínou', 'bude' hung on the given token."""
    return [
        ("V", "v", "ADP", "Case=Acc", 1, "case"),
        ("neděli", "neděle", "NOUN", "Case=Acc|Gender=Fem|Number=Sing", 5, "obl"),
        ("bude", "být", "AUX", "Aspect=Imp|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin|Voice=Act", copula_head,
         "cop" if copula_head == 1 else "aux"),
        ("britská", "britský", "ADJ", FEM, 4, "amod"),
        ("ministryně", "ministryně", "NOUN", FEM, 5, "nsubj"),
        ("jednat", "jednat", "VERB", "Aspect=Imp|VerbForm=Inf", 5, "root"),
        ("s", "s", "ADP", "Case=Ins", 7, "case"),
        ("Čínou", "Čína", "PROPN", "Case=Ins|Gender=Fem|Number=Sing", 5, "obl:arg"),
    ]


def test_future_auxiliary_hung_on_a_time_noun_makes_the_talks_future() -> None:
    doc = run(hand_doc(rows(1), {4: ("GBRGOV", "PER"), 7: ("CHN", "GPE")}))
    assert triples(doc.events) == {("AGREE", "GBRGOV", "CHN")}
    assert doc.events[0].future
    assert any(r.startswith("future-aux:bude") for r in doc.meta["events_repairs"])


def test_future_auxiliary_in_place_is_left_alone() -> None:
    doc = run(hand_doc(rows(5), {4: ("GBRGOV", "PER"), 7: ("CHN", "GPE")}))
    assert triples(doc.events) == {("AGREE", "GBRGOV", "CHN")}
    assert not any(r.startswith("future-aux") for r in doc.meta.get("events_repairs", []))


def test_copula_of_a_nominal_predicate_stays() -> None:
    doc = run(hand_doc([  # 'Příští prezidentkou bude ministryně': no infinitive, no repair
        ("Příští", "příští", "ADJ", "Case=Ins|Gender=Fem|Number=Sing", 1, "amod"),
        ("prezidentkou", "prezidentka", "NOUN", "Case=Ins|Gender=Fem|Number=Sing", 1, "root"),
        ("bude", "být", "AUX", "Aspect=Imp|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin|Voice=Act", 1, "cop"),
        ("ministryně", "ministryně", "NOUN", FEM, 1, "nsubj"),
    ], {3: ("GBRGOV", "PER")}))
    assert not any(r.startswith("future-aux") for r in doc.meta.get("events_repairs", []))


def test_future_auxiliary_hung_on_a_subordinator_is_repaired() -> None:
    doc = run(hand_doc([  # 'Až bude ministryně jednat s Čínou': 'bude' read as the copula of 'až'
        ("Až", "až", "SCONJ", "", 3, "mark"),
        ("bude", "být", "AUX", "Aspect=Imp|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin|Voice=Act", 0, "cop"),
        ("ministryně", "ministryně", "NOUN", FEM, 3, "nsubj"),
        ("jednat", "jednat", "VERB", "Aspect=Imp|VerbForm=Inf", 3, "root"),
        ("s", "s", "ADP", "Case=Ins", 5, "case"),
        ("Čínou", "Čína", "PROPN", "Case=Ins|Gender=Fem|Number=Sing", 3, "obl:arg"),
    ], {2: ("GBRGOV", "PER"), 5: ("CHN", "GPE")}))
    assert any(r.startswith("future-aux:bude>jednat") for r in doc.meta["events_repairs"])


def test_an_argument_hung_on_a_modal_belongs_to_its_infinitive(pipeline: Pipeline) -> None:
    """repair_aux.modal_argument: 'chtějí Ukrajině poslat', 'chce s Čínou podepsat' (the parser hangs the recipient
    or partner on 'chtít'): a future act of aid or signing (AGREE) with that target."""
    for text, triple in [("Spojené státy chtějí Ukrajině poslat další zbraně.", ("AGREE", "USA", "UKR")),
                         ("Rusko chce s Čínou podepsat novou dohodu o plynu.", ("AGREE", "RUS", "CHN")),
                         ("The United States wants to send Ukraine more weapons.", ("AGREE", "USA", "UKR"))]:
        lang = "en" if text.startswith("The") else "cs"
        doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2025-03-07"})
        assert triple in {(e.type, e.source.code if e.source else "-", e.target.code if e.target else "-")
                          for e in doc.events}
