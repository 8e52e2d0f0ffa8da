"""The implicit domestic counterpart of an attack or coercion: an entry that needs a named target (or COERCE, a type
that requires one) of a private person, firm or group takes none (on unseen news another sense of the verb), a state
organ's measure and an attack of an entry that needs no target keep it."""

from __future__ import annotations

from events_support import pipeline_events

from kronika import Pipeline
from kronika.extractors.dedup import COUNTERPART, dedup, unnamed_victim
from kronika.model import ArgRef, Event


def _filled(kind: str, cameo: str, src: str, rule: str) -> Event:
    """An event whose target is the implicit domestic counterpart (no text span)."""
    return Event(kind, None, cameo, -5.0, 4, ArgRef(src, "x", "x", (0, 5)),
                 ArgRef(src[:3], f"{COUNTERPART} {src[:3]}", "", None), "x", (0, 15), 0, rule=rule)


def test_dedup_counterpart_drops_a_private_coercion_or_attack_of_a_target_entry() -> None:
    assert unnamed_victim(_filled("COERCE", "173", "CZECVL", "cs-zadrzet-173"))
    assert unnamed_victim(_filled("ASSAULT", "182", "CZECVL", "cs-zbit-182+antecedent:sentence"))
    dropped: list[dict[str, object]] = []
    assert dedup([_filled("COERCE", "173", "USABUS", "cs-zadrzet-173")], dropped) == []
    assert dropped and "named target" in str(dropped[0]["reason"])


def test_dedup_counterpart_keeps_a_state_organ_and_an_entry_without_target() -> None:
    assert not unnamed_victim(_filled("COERCE", "173", "CZECOP", "cs-zadrzet-173"))  # an arrest by the police
    assert not unnamed_victim(_filled("COERCE", "172", "USAGOV", "en-p2-restrict-170"))  # a state's restriction
    assert not unnamed_victim(_filled("ASSAULT", "182", "GBRCVL", "en-kr-beat-182"))  # needs no named target
    stated = _filled("ACCUSE", "112", "CZECVL", "cs-obvinit-112")  # speech acts are not concerned
    assert not unnamed_victim(stated)


def test_dedup_counterpart_other_senses_in_text(pipeline: Pipeline) -> None:
    for text in ("Po incidentu se veřejnost začala více zajímat o ten případ.",
                 "Muž spadl z okna a dopadl hlavou na beton.",
                 "Společnost vykázala špatné provozní investice."):
        assert not [e for e in pipeline_events(pipeline, text, "cs") if e.type in {"COERCE", "ASSAULT"}], text
    arrest = pipeline_events(pipeline, "Policie zadržela muže.", "cs")
    assert [(e.type, e.source.code if e.source else None) for e in arrest] == [("COERCE", "CZECOP")]


def test_dedup_counterpart_retold_accusation_has_no_target_less_version() -> None:
    stated = Event("ACCUSE", None, "112", -2.0, 3, ArgRef("GBRGOV", "Amber Rudd", "Amber Rudd", (0, 10)),
                   ArgRef("GBRGOV", "Boris Johnson", "Johnson", (20, 27)), "accused", (11, 18), 0, rule="x")
    retold = _filled("ACCUSE", "112", "GBRGOV", "cs-obvinit-112")
    retold.sentence = 3
    assert [e.target.name if e.target else None for e in dedup([stated, retold], [])] == ["Boris Johnson"]
    inquiry = _filled("ACCUSE", "090", "GBRCOP", "cs-vysetrovat-090")  # an inquiry into nobody named stays
    inquiry.sentence = 3
    kept = dedup([stated, inquiry], [])
    assert [(e.cameo, e.target) for e in kept if e.cameo == "090"] == [("090", None)]
