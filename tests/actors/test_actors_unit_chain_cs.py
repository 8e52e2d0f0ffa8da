"""Czech members of a unit of a body ('vojáci výsadkové brigády ruské armády'): a unit noun that is no actor (brigáda,
oddíl) hands down the code of the body of the same sector it belongs to by a bare genitive (compose._unit_role);
they were coded with the home country."""

from __future__ import annotations

import pytest

from kronika import Pipeline

CHAINS = [
    ("Vojáci výsadkové brigády ruské armády zaútočili na ukrajinskou vesnici.", "Vojáci", "RUSMIL"),
    ("Policisté zvláštního oddílu běloruské policie zadrželi novináře.", "Policisté", "BLRCOP"),
    ("Jednotky lehké brigády ozbrojených sil Nizozemského království zahájily v Česku cvičení.", "Jednotky", "NLDMIL"),
]


@pytest.mark.parametrize(("text", "first", "code"), CHAINS)
def test_unit_members_take_the_body_code(pipeline: Pipeline, text: str, first: str, code: str) -> None:
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    assert [m.code for m in doc.mentions if m.text.startswith(first)] == [code]

