"""An imperfective verb the tagger marks perfective ('bijí') is in the present: an assault, not a threat of one."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _types(pipeline: Pipeline, text: str) -> set[tuple[str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2021-12-12"})
    return {(e.type, e.trigger) for e in doc.events}


@pytest.mark.parametrize("text", [
    "Policisté podle svědků bijí zadržené demonstranty.",
    "Dozorci ve věznici pravidelně bijí politické vězně, uvedla organizace.",
])
def test_present_beating_is_an_assault(pipeline: Pipeline, text: str) -> None:
    found = _types(pipeline, text)
    assert ("ASSAULT", "bijí") in found and ("THREATEN", "bijí") not in found
