"""The plain subject of a Czech short passive participle the parser read as an adjective beside its passive
auxiliary ('byl ... propuštěn bývalý policejní prezident', repair_conj.short_passive_subject) is its passive subject,
so the person let go is the target, not the agent."""

from __future__ import annotations

from events_support import run
from test_events_cs_parse_repair import Row, hand_doc

PART = "Aspect=Perf|Degree=Pos|Gender=Masc|Number=Sing|Polarity=Pos|Variant=Short|VerbForm=Part|Voice=Pass"
NOM = "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing"


def rows() -> list[Row]:
    """'V roce 2012 byl za porušení povinností propuštěn policejní prezident', 'prezident' a plain nsubj."""
    return [
        ("V", "v", "ADP", "Case=Loc", 1, "case"),
        ("roce", "rok", "NOUN", "Case=Loc|Gender=Masc|Number=Sing", 7, "obl"),
        ("2012", "2012", "NUM", "NumForm=Digit", 1, "nummod"),
        ("byl", "být", "AUX", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Act", 7, "aux:pass"),
        ("za", "za", "ADP", "Case=Acc", 5, "case"),
        ("porušení", "porušení", "NOUN", "Case=Acc|Gender=Neut|Number=Sing", 7, "obl"),
        ("povinností", "povinnost", "NOUN", "Case=Gen|Gender=Fem|Number=Plur", 5, "nmod"),
        ("propuštěn", "propustit", "ADJ", PART, 7, "root"),
        ("policejní", "policejní", "ADJ", NOM, 9, "amod"),
        ("prezident", "prezident", "NOUN", NOM, 7, "nsubj"),
    ]


def test_subject_of_a_participle_beside_its_passive_auxiliary_is_the_patient() -> None:
    doc = run(hand_doc(rows(), {9: ("GBRCOP", "PER")}))
    assert any(r.startswith("short-passive:propuštěn") for r in doc.meta["events_repairs"])
    assert not [e for e in doc.events if e.source is not None and e.source.code == "GBRCOP"]
