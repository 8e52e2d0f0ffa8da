"""Object and possessive personal pronouns stand for the nearest agreeing actor before them that is not their own
clause's subject ('Si Ťin-pching ho přivítal', 'Russia attacked it', 'Senát ocenil jeho odvahu'); a nearer
non-actor noun ('schválila zákon ... ho kritizovala', 'the bill ... supported it') gives no target."""

from __future__ import annotations

import pytest
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("cs", "Ruský prezident Vladimir Putin přiletěl do Pekingu. Čínský prezident Si Ťin-pching ho přivítal na letišti.",
     ("CONSULT", "CHNGOV", "RUSGOV")),
    ("cs", "Ukrajina požádala Německo o další zbraně, ale Berlín ji kritizoval.", ("ACCUSE", "DEUGOV", "UKR")),
    ("cs", "Slovenský premiér Robert Fico přijel do Prahy. Český prezident Petr Pavel ho ostře kritizoval.",
     ("ACCUSE", "CZEGOV", "SVKGOV")),
    ("en", "Russian President Vladimir Putin arrived in Beijing. Chinese President Xi Jinping welcomed him at the "
     "airport.", ("CONSULT", "CHNGOV", "RUSGOV")),  # the host welcomes its guest (043)
    ("en", "NATO said Russia attacked it.", ("ASSAULT", "RUS", "IGONAT")),
    ("en", "The German chancellor visited Warsaw. Polish police protected him.", ("AID", "POLCOP", "DEUGOV")),
    ("en", "The Polish government met in Warsaw. Russia criticized it.", ("ACCUSE", "RUS", "POLGOV")),
]

NO_TARGET = [
    ("cs", "Vláda schválila nový zákon o daních a opozice ho kritizovala.", "CZEGOV"),
    ("en", "The Senate passed the bill and Republicans supported it.", "USALEG"),
    ("en", "Ukraine asked NATO for help. The alliance praised its courage.", "UKR"),
    ("en", "The Polish president arrived in Berlin. Russia criticized it.", "POLGOV"),  # 'it' is no person
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_object_pronoun_is_its_antecedent(pipeline: Pipeline, lang: str, text: str,
                                          expected: tuple[str, str, str]) -> None:
    got = {(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
           for e in events(pipeline, text, lang)}
    assert expected in got


@pytest.mark.parametrize(("lang", "text", "absent"), NO_TARGET)
def test_pronoun_of_a_thing_or_of_the_subject_is_no_target(pipeline: Pipeline, lang: str, text: str,
                                                           absent: str) -> None:
    targets = {e.target.code for e in events(pipeline, text, lang) if e.target is not None}
    assert absent not in targets
