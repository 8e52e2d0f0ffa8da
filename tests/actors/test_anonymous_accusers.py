"""An anonymous person who denounces or reports someone is a civilian of the home country: 'udal ho anonym',
'anonymní pisatel', 'an anonymous caller reported ...', 'a tipster told police ...'."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    evs = pipeline({"id": "t", "text": text, "lang": lang}).events
    return {(e.type, (e.source.code or "-")[:6] if e.source else "-", (e.target.code or "-")[:6] if e.target else "-")
            for e in evs}


@pytest.mark.parametrize(("text", "lang"), [
    ("Starostu Brna udal na policii anonym.", "cs"),
    ("Českého ministra udal anonymní pisatel.", "cs"),
    ("An anonymous caller reported the Czech mayor to the police.", "en"),
])
def test_anonymous_accuser_is_home_civilian(pipeline: Pipeline, text: str, lang: str) -> None:
    assert ("ACCUSE", "CZECVL", "CZEGOV") in _triples(pipeline, text, lang)


def test_signing_writer_is_no_event(pipeline: Pipeline) -> None:
    """A writer named as the one who signed a letter does nothing to anyone."""
    assert not _triples(pipeline, "Dopis podepsal anonymní pisatel.", "cs")
