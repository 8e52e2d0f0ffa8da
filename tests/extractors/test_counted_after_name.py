"""A counted genitive the parser hung on a place name after the verb ('zabila v provincii Herát 46 civilistů') is the
verb's object (repair_counted.counted_after_name); a count that is a subject or a possessor stays."""

from __future__ import annotations

from events_support import full_triples


def test_count_after_a_province_name_is_the_killed() -> None:
    text = "Ruská letadla zabila při útoku na vesnici v západní provincii Herát 46 afghánských civilistů."
    assert ("ASSAULT", "RUS", "AFGCVL") in full_triples(text)


def test_count_after_a_city_name_is_the_arrested() -> None:
    text = "Turecká policie zadržela ve městě Diyarbakir 30 kurdských demonstrantů."
    assert any(t[:2] == ("COERCE", "TURCOP") and t[2].startswith("TUR") for t in full_triples(text))


def test_count_of_a_subjectless_verb_is_no_object() -> None:
    """'zemřelo ve městě Homs 20 civilistů': the count is the subject of the neuter verb; nobody is attacked."""
    assert not [t for t in full_triples("Ve městě Homs zemřelo 20 syrských civilistů.") if t[0] == "ASSAULT"]
