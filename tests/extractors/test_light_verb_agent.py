"""A noun trigger under a light verb: the verb's subject acts, a bare genitive is what the act is aimed at."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _roles(pipeline: Pipeline, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events(pipeline, text, "cs") if e.trigger == trigger]


def test_light_verb_agent_subject_criticises_the_genitive(pipeline: Pipeline) -> None:
    assert _roles(pipeline, "Řada komentátorů hned přispěchala s kritikou vlády.", "kritikou") == [
        ("CZEMED", "CZEGOV")]


def test_light_verb_agent_new_light_verbs_give_the_noun_its_source(pipeline: Pipeline) -> None:
    assert _roles(pipeline, "Ministr přišel s kritikou.", "kritikou") == [("CZEGOV", "CZE")]


def test_light_verb_agent_comment_on_accusations_is_no_accusation(pipeline: Pipeline) -> None:
    """'vyjádřit se k obviněním' comments on them: vyjádřit is no light verb."""
    assert _roles(pipeline, "Ministr se vyjádřil k obviněním opozice.", "obviněním") != [("CZEGOV", "CZEOPP")]


def test_light_verb_affirmation_verbs_carry_their_noun(pipeline: Pipeline) -> None:
    """'stressed support for Ukraine', 'zdůraznil podporu Ukrajině': the subject of a verb that restates a stance
    holds the stance noun (modality light_verbs), as with 'expressed support'."""
    en = pipeline({"id": "t", "text": "The British minister stressed support for Ukraine.", "lang": "en"}).events
    cs = pipeline({"id": "t", "text": "Premiér Petr Fiala zdůraznil podporu Ukrajině.", "lang": "cs"}).events
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in en] == [
        ("GBRGOV", "UKR")]
    assert [(e.source.code if e.source else None, e.target.code if e.target else None) for e in cs] == [
        ("CZEGOV", "UKR")]
