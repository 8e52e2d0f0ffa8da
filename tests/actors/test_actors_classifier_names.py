"""A Czech organisation word followed by an unlisted name in its own nominative form: that body's name."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_newspaper_name_after_the_noun_is_the_outlet(pipeline: Pipeline) -> None:
    doc = run(pipeline, "V exkluzivním rozhovoru s novinami Standard obvinila bývalá britská ministryně Amber Ruddová "
                        "premiéra Johnsona.", "cs")
    assert coded(doc)["novinami Standard"] == "GBRMED"
    assert not any(m.text == "Standard" and m.code is None for m in doc.mentions)


def test_owner_person_after_the_noun_is_not_the_name(pipeline: Pipeline) -> None:
    """'firma Petra Nováka': a person's name (a known first name) after the noun is its owner, not its name."""
    doc = run(pipeline, "Firma Petra Nováka v pondělí oznámila propuštění padesáti zaměstnanců.", "cs")
    assert all(m.kind != "ORG" or "Petra" not in m.text or m.code in (None, "CZEBUS") for m in doc.mentions)
