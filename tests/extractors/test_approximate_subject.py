"""An approximate count of five or more is the subject of its neuter singular verb ('protestovalo přes 100 000 lidí',
'hledalo útočiště na 800 000 Kurdů'), not an oblique to drop (repair_counted.approximate_subject)."""

from __future__ import annotations

from events_support import full_triples


def test_approximate_count_is_the_subject_of_a_protest() -> None:
    text = "V neděli protestovalo v Minsku přes 100 000 lidí proti Lukašenkovi."
    assert ("PROTEST", "BLRCVL", "BLRGOV") in full_triples(text)


def test_approximate_count_with_na_seeks_asylum() -> None:
    text = "Minulý měsíc hledalo útočiště v Německu na 800 000 iráckých Kurdů."
    assert full_triples(text) == {("REQUEST", "IRQCVLKUR", "DEU")}


def test_count_under_a_verb_of_another_gender_stays_its_object() -> None:
    assert full_triples("Turecká policie zadržela na 300 kurdských demonstrantů.") == {("COERCE", "TURCOP", "TURCVL")}
