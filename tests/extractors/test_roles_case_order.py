"""Czech object-verb-subject order the parser reads as SVO, told by the tagger's cases: a masculine animate accusative
is no subject ('Útočníka zadrželi kolemjdoucí'), a nominative object in a form no accusative has is the subject after
a 'subject' whose nominative is also its accusative ('Případ vyšetřuje policie'), and of two objects with no subject
the one nominative is the subject ('Zákon podepsal prezident'). Present-tense verbs mark no gender, so the gender rule
of 'Útok ... odsoudilo Polsko' cannot see these."""

from __future__ import annotations

import pytest
from events_support import pipeline_events

from kronika import Pipeline

# (sentence, PLOVER type, source text, target text or None for the implicit home counterpart)
CASES = [
    ("Útočníka zadrželi kolemjdoucí.", "COERCE", "kolemjdoucí", "Útočníka"),
    ("Případ vyšetřuje policie.", "ACCUSE", "policie", None),
    ("Zákon nepodepsal prezident.", "REJECT", "prezident", None),
    # unchanged: the parser's order was right
    ("Celou věc prošetřuje inspekce.", "ACCUSE", "inspekce", None),
    ("Zloděje zadrželi svědci.", "COERCE", "svědci", "Zloděje"),
    ("Parlament neschválil zákon.", "REJECT", "Parlament", None),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), CASES, ids=[c[0][:20] for c in CASES])
def test_roles_case_order_source_and_target(pipeline: Pipeline, text: str, kind: str, source: str,
                                            target: str | None) -> None:
    evs = [e for e in pipeline_events(pipeline, text, "cs") if e.type == kind]
    assert [(e.source.text if e.source else None, e.target.text or None if e.target else None) for e in evs] == [
        (source, target)]


# Two names with one form for the nominative and the accusative and no other sign: the unmarked order (subject first)
# holds even where the parser read OVS ('Soul obvinil Pchjongjang' was PRK -> KOR).
SVO_DEFAULT = [
    ("Soul obvinil Pchjongjang z provokací.", "ACCUSE", "Soul", "Pchjongjang"),
    ("Washington obvinil Peking ze špionáže.", "ACCUSE", "Washington", "Peking"),
    ("Peking obvinil Washington ze špionáže.", "ACCUSE", "Peking", "Washington"),
    ("Tokio varovalo Peking.", "THREATEN", "Tokio", "Peking"),
]


@pytest.mark.parametrize(("text", "kind", "source", "target"), SVO_DEFAULT, ids=[c[0][:20] for c in SVO_DEFAULT])
def test_ambiguous_names_keep_subject_first(pipeline: Pipeline, text: str, kind: str, source: str,
                                            target: str) -> None:
    evs = [e for e in pipeline_events(pipeline, text, "cs") if e.type == kind]
    assert [(e.source.text if e.source else None, e.target.text if e.target else None) for e in evs] == [
        (source, target)]


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    # two 'subjects': the animate noun in a nominative no accusative shares is the subject, the place the object
    ("Ve středu navštíví Kyjev britský premiér.", "AGREE", "britský premiér", "Kyjev"),
])
def test_unambiguous_nominative_is_the_subject(pipeline: Pipeline, text: str, kind: str, source: str,
                                               target: str) -> None:
    evs = [e for e in pipeline_events(pipeline, text, "cs") if e.type == kind]
    assert [(e.source.text if e.source else None, e.target.text if e.target else None) for e in evs] == [
        (source, target)]
