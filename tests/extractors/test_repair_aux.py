"""A future auxiliary the Czech parser hangs on a fronted time noun (repair_aux.displaced_future): 'V neděli bude
ministryně jednat s Čínou' read with 'bude' as the copula of 'neděli' leaves the infinitive tenseless; the repair
gives it back its auxiliary, so the announced talks are a future act (AGREE, GUIDELINES rule 2), not CONSULT."""

from __future__ import annotations

from events_support import run, triples
from test_events_cs_parse_repair import Row, hand_doc

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
