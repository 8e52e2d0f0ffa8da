"""Sources: 'we' in a direct quote whose speaker the actors step gave no country (a union's officer, a school) is
of the article's clear home (sources._home_speaker); not 'I', and not when the sentence names a foreign state;
hand-made sentences, whole pipeline."""

from __future__ import annotations

from events_support import pipeline_events as events

from kronika import Pipeline


def _home(evs: list) -> list[tuple[str, str | None]]:
    return [(e.type, e.source.code if e.source else None) for e in evs if e.rule.endswith("+quote-speaker-home")]


def test_sources_speaker_home_we_of_an_uncoded_speaker_cs(pipeline: Pipeline) -> None:
    text = "„Znovu zahájíme protesty proti vládě,“ řekl mluvčí."
    assert [s for _, s in _home(events(pipeline, text, "cs"))] == ["CZECVL"]


def test_sources_speaker_home_not_for_i(pipeline: Pipeline) -> None:
    assert not _home(events(pipeline, "„Znovu zahájím protesty proti vládě,“ řekl mluvčí.", "cs"))


def test_sources_speaker_home_not_with_a_foreign_state_in_the_sentence(pipeline: Pipeline) -> None:
    before = "Česká vláda v pondělí v Praze jednala o české pomoci. "
    assert _home(events(pipeline, before + "„Podpoříme rodiny,“ řekl mluvčí.", "cs")) == [("AGREE", "CZECVL")]
    assert not _home(events(pipeline, before + "„Podpoříme Ukrajinu,“ řekl mluvčí.", "cs"))


def test_sources_speaker_home_not_for_force(pipeline: Pipeline) -> None:
    # people saying 'we' shoot films and fight matches, not wars
    before = "The film premiered in Prague on Monday. "
    assert _home(events(pipeline, before + '"We were supporting the Prague schools," he said.')) == [
        ("SUPPORT", "CZECVL")]
    assert not _home(events(pipeline, before + '"We were shooting a lot in Prague," he said.'))
