"""A noun trigger held by a first-person possessive inside a quote is the speaker's act (fill._first_person_holder):
'„Moje výzvy ... nepřestanou,“ napsal Rainsy' is Rainsy's call; a third-person 'jeho výzva' names someone else."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2019-09-27"})
    return {(e.type, e.source.code or "-" if e.source else "-", e.target.code or "-" if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "expected"), [
    ("„Moje výzvy, aby lidé a ozbrojené síly Kambodže povstali proti režimu, nepřestanou,“ napsal opoziční předák "
     "Sam Rainsy na Twitteru.", ("REQUEST", "KHMOPP", "KHMCVL")),
    ("„Naše výzva vládě zůstává v platnosti,“ uvedl předseda opoziční strany.", ("REQUEST", "CZEOPP", "CZEGOV")),
])
def test_first_person_possessive_noun_is_the_speakers_act(pipeline: Pipeline, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in _events(pipeline, text)


def test_third_person_possessive_is_not_the_speaker(pipeline: Pipeline) -> None:
    """'jeho výzva' in the quote is another man's call: the speaker is no source of it."""
    found = _events(pipeline, "„Jeho výzva vládě je nesmyslná,“ uvedl předseda opoziční strany.")
    assert not any(t == "REQUEST" and s == "CZEOPP" for t, s, _ in found)
