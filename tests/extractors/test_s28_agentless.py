"""Agentless acts (s28): a passive of vandalism with a target and no agent named is an attack by someone unnamed
(source '-'); the empty source flows through the JSON output and the exporters."""

from __future__ import annotations

import json

from kronika import Pipeline
from kronika.export.formats import gdelt_row, plover_record
from kronika.model import Doc, Event


def _run(pipeline: Pipeline, text: str, lang: str) -> Doc:
    """Parse a hand-made text."""
    return pipeline({"text": text, "lang": lang, "published": "2022-08-01"})


def _assaults(doc: Doc) -> list[Event]:
    """The ASSAULT events of a document."""
    return [e for e in doc.events if e.type == "ASSAULT"]


def test_vandalised_office_is_unnamed_attack_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The US embassy in Kyiv was vandalised overnight.", "en")
    [ev] = _assaults(doc)
    assert ev.source is None and ev.target is not None and ev.target.code == "USAGOV"
    assert ev.cameo == "1712" and "unnamed-assailant" in ev.rule


def test_vandalised_by_named_agent_keeps_no_unnamed_source_en(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The US embassy in Kyiv was vandalised by Russian soldiers.", "en")
    assert all(e.source is not None for e in _assaults(doc))


def test_storm_damage_is_no_attack_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Budova amerického velvyslanectví v Kyjevě byla poničena vichřicí.", "cs")
    assert not _assaults(doc)


def test_empty_source_in_json_and_exports(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "The US embassy in Kyiv was vandalised overnight.", "en")
    out = json.loads(json.dumps(doc.to_dict()))
    [ev] = [e for e in out["events"] if e["type"] == "ASSAULT"]
    assert ev["source"] is None and ev["target"]["code"] == "USAGOV"
    record = {**ev, "article_hash": "0" * 16, "seq": 0, "event_id": 1}
    assert plover_record(record)["actor"] == [] and plover_record(record)["recipient"][0]["code"] == "USA"
    row = gdelt_row(record)
    assert row[5] == "" and row[15] == "USAGOV"


def test_damaged_embassy_is_unnamed_attack_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Velvyslanectví USA v Kyjevě bylo v noci poničeno.", "cs")
    [ev] = _assaults(doc)
    assert ev.source is None and ev.target is not None and ev.target.code == "USAGOV"


def test_damage_by_named_soldiers_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Velvyslanectví USA v Kyjevě poničili ruští vojáci.", "cs")
    [ev] = _assaults(doc)
    assert ev.source is not None and ev.source.code == "RUSMIL"


def test_damage_in_a_named_shelling_is_not_unnamed_cs(pipeline: Pipeline) -> None:
    doc = _run(pipeline, "Budova ukrajinského velvyslanectví byla poničena při ruském ostřelování.", "cs")
    assert all(e.source is not None for e in _assaults(doc))
