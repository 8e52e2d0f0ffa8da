"""Police ranks: 'Detective Inspector X' is a police officer (the rank keeps the first word's sector), a sheriff is
law enforcement; a private word before a postpositive title does not lend its sector ('Community Inspector General')."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_detective_inspector_is_police(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Detective Inspector Hannah Whitehouse, from the homicide unit, said the London teenager "
                        "was stabbed on Sunday.", "en")
    assert coded(doc)["Detective Inspector Hannah Whitehouse"] == "GBRCOP"


def test_sheriff_is_police(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Šerif okresu uvedl, že policisté v Texasu zatkli dva muže.", "cs")
    assert coded(doc)["Šerif"] == "USACOP"
    got = [(e.type, e.source.code if e.source else None) for e in doc.events]
    assert ("COERCE", "USACOP") in got


def test_private_word_before_inspector_general_lends_nothing(pipeline: Pipeline) -> None:
    doc = run(pipeline, "The Intelligence Community Inspector General Michael Atkinson briefed the US Congress.", "en")
    assert not any(str(m.code or "").endswith("CVL") and "Atkinson" in m.text for m in doc.mentions)
