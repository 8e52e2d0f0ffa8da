"""Agentless verdicts and sanctions on sectored actors of one state are that state's court's or government's acts."""

from __future__ import annotations

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2024-06-18"})
    return {(e.type, e.source.code if e.source else "-", e.target.code if e.target else "-", e.rule)
            for e in doc.events}


def test_authorities_en_official_suspended_by_the_government(pipeline: Pipeline) -> None:
    text = "The Polish judge was suspended last week."
    found = {(t, s, g) for t, s, g, rule in _events(pipeline, text, "en") if rule.endswith("+domestic-authority")}
    assert found == {("COERCE", "POLGOV", "POLJUD")}


def test_authorities_en_a_sacking_is_an_unnamed_employers(pipeline: Pipeline) -> None:
    """A person sacked from a post is dismissed by an employer the text does not name (unnamed.unnamed_employer runs
    first): no state is guessed for it."""
    text = ("Cleveland Police has been failing for years, British inspectors said. "
            "Its former chief constable Sean Price was sacked for gross misconduct in 2012.")
    assert ("COERCE", "-", "GBRCOP", "en-kr-sack-172-2+agentless-passive") in _events(pipeline, text, "en")


def test_authorities_en_verdict_is_the_courts(pipeline: Pipeline) -> None:
    text = "A Czech senator was found guilty of fraud on Tuesday."
    found = {(t, s, g) for t, s, g, _ in _events(pipeline, text, "en")}
    assert ("SANCTION", "CZEJUD", "CZELEG") in found


def test_authorities_cs_party_banned_and_judge_dismissed(pipeline: Pipeline) -> None:
    found = {(t, s, g) for t, s, g, _ in _events(pipeline, "Ruská opoziční strana byla v pondělí zakázána.", "cs")}
    assert ("COERCE", "RUSGOV", "RUSOPP") in found
    found = {(t, s, g) for t, s, g, _ in _events(pipeline, "Polský soudce byl v úterý odvolán z funkce.", "cs")}
    assert ("COERCE", "POLGOV", "POLJUD") in found


def test_authorities_not_when_another_state_acted_just_before(pipeline: Pipeline) -> None:
    text = ("Canada revoked the honorary citizenship of Myanmar's leader. "
            "The Burmese leader was stripped of the title for her role in the genocide.")
    assert not [x for x in _events(pipeline, text, "en") if x[3].endswith("domestic-authority")]


def test_authorities_not_for_a_private_person_let_go(pipeline: Pipeline) -> None:
    text = "A Czech student was dismissed on Monday."  # by a school or a firm, not by the state
    assert not [x for x in _events(pipeline, text, "en") if x[3].endswith("domestic-authority")]
