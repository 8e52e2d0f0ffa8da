"""A US state in its Czech spelling variants (Pensylvánie, Pennsylvánie) is evidence of the USA, as in English: the
police there and the woman they hold are not of the article's other country."""

from __future__ import annotations

import pytest
from actors_support import run

from kronika import Pipeline

CASES = [
    ("cs", "V Mexiku policie zadržela ženu. Mexická policie to potvrdila. V červenci policie v Pennsylvánii "
           "zadržela opilou ženu.", ("COERCE", "USA", "USA")),
    ("cs", "V Mexiku policie zadržela ženu. Mexická policie to potvrdila. V červenci policie v Pensylvánii "
           "zadržela opilou ženu.", ("COERCE", "USA", "USA")),
    ("en", "In Mexico police detained a woman. Mexican police confirmed it. In July, police in Pennsylvania "
           "detained a drunk woman.", ("COERCE", "USA", "USA")),
]


@pytest.mark.parametrize(("lang", "text", "triple"), CASES)
def test_us_state_spelling_variant_codes_its_police(pipeline: Pipeline, lang: str, text: str,
                                                    triple: tuple[str, str, str]) -> None:
    doc = run(pipeline, text, lang)
    got = {(e.type, (e.source.code or "")[:3] if e.source else "-", (e.target.code or "")[:3] if e.target else "-")
           for e in doc.events}
    assert triple in got, got
