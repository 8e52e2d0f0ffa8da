"""Czech transcriptions of curated foreign leaders' names (people_curated.tsv aliases)."""

from __future__ import annotations

import pytest
from actors_support import coded, run

from kronika import Pipeline


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Aun Schan Su Ťij mlčí o násilí armády na Rohinzích.", "Aun Schan Su Ťij", "MMR"),
    ("Kanada odebrala čestné občanství nositelce Nobelovy ceny Do Aun Schan Su Ťij. Su Ťij to nekomentovala.",
     "Su Ťij", "MMR"),
])
def test_transcribed_name_is_the_curated_person(pipeline: Pipeline, text: str, name: str, code: str) -> None:
    codes = {(c or "")[:3] for n, c in coded(run(pipeline, text, "cs", "2019-10-01")).items() if name in n}
    assert codes == {code}
