"""Sources: a Czech demonstrative subject ('Ta', 'Ten') points to the last actor named before it in any role, not to
the previous sentence's subject (subjects._last_named); hand-made sentences, whole pipeline."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _coded(pipeline: Pipeline, text: str, trigger: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events(pipeline, text, "cs") if e.trigger == trigger}


def test_sources_demonstrative_subject_is_the_last_named_object(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "Sousedé zavolali policii. Ta následně muže zadržela.", "zadržela") == {
        ("COERCE", "CZECOP", "CZECVL")}


def test_sources_demonstrative_subject_is_not_the_previous_subject(pipeline: Pipeline) -> None:
    # 'Vláda' is the previous subject and agrees too, but 'Ta' switches to the last named noun
    assert _coded(pipeline, "Vláda požádala policii o pomoc. Ta pak zadržela tři muže.", "zadržela") == {
        ("COERCE", "CZECOP", "CZECVL")}


def test_sources_demonstrative_subject_without_an_agreeing_last_actor_has_no_source(pipeline: Pipeline) -> None:
    assert not _coded(pipeline, "Ministr se sešel s velvyslancem. Ta pak kritizovala Rusko.", "kritizovala")
