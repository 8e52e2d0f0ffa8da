"""Light-verb families of conflict and dispute news that fired nothing (session 17, tools/build_cs_verbs.py and
en verbs_extra.json): unleashing a war or an offensive against someone is ASSAULT 190; legal steps against someone
ACCUSE 115; promising, announcing or weighing retaliation is a threat (THREATEN 130), not a promise of cooperation;
frustration voiced at an actor is disapproval (ACCUSE 110); scorning a demand and blocking sanctions or an accession
are refusals (REJECT 120). Both languages."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events

from kronika import Pipeline

# (sentence, lang, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Rusko rozpoutalo proti Británii kybernetickou válku.", "cs", ("ASSAULT", "RUS", "GBR"), "cs-rozpoutat-190"),
    ("Hamás rozpoutává proti Izraeli novou ofenzivu.", "cs", ("ASSAULT", "PSE", "ISR"), "cs-rozpoutavat-190"),
    ("Russia unleashed a cyber war against Britain.", "en", ("ASSAULT", "RUS", "GBR"), "en-p2-unleash-190"),
    ("Evropská komise podnikla proti Polsku právní kroky.", "cs", ("ACCUSE", "IGOEUR", "POL"), "cs-podniknout-115"),
    ("Evropská komise zahajuje proti Maďarsku právní kroky.", "cs", ("ACCUSE", "IGOEUR", "HUN"), "cs-zahajovat-115"),
    ("The EU launched legal action against Poland.", "en", ("ACCUSE", "IGOEUR", "POL"), "en-kr-launch-115"),
    ("Čína slíbila Spojeným státům odvetu.", "cs", ("THREATEN", "CHN", "USA"), "cs-slibit-130"),
    ("Rusko přijme proti Británii odvetná opatření.", "cs", ("THREATEN", "RUS", "GBR"), "cs-prijmout-130"),
    ("Rusko zvažuje odvetné kroky proti Spojeným státům.", "cs", ("THREATEN", "RUS", "USA"), "cs-zvazovat-130"),
    ("China vowed retaliation against the United States.", "en", ("THREATEN", "CHN", "USA"), "en-kr-vow-130"),
    ("Russia will take retaliatory measures against Britain.", "en", ("THREATEN", "RUS", "GBR"), "en-kr-take-130"),
    ("Čína vyjádřila frustraci nad postupem Spojených států.", "cs", ("ACCUSE", "CHN", "USA"), "cs-vyjadrit-110"),
    ("Ministr vnitra pohrdl požadavky odborů.", "cs", ("REJECT", "CZE", "CZE"), "cs-pohrdnout-120"),
    ("Turecko blokuje vstup Švédska do NATO.", "cs", ("REJECT", "TUR", "SWE"), "cs-blokovat-120"),
    ("Maďarsko zablokovalo sankce EU proti Rusku.", "cs", ("REJECT", "HUN", "IGOEUR"), "cs-zablokovat-120"),
    ("Hungary blocked EU sanctions against Russia.", "en", ("REJECT", "HUN", "IGOEUR"), "en-kr-block-120"),
]


@pytest.mark.parametrize(("text", "lang", "triple", "rule"), FIRES, ids=[f[3] + "-" + f[0][:14] for f in FIRES])
def test_light_verb_family_fires(pipeline: Pipeline, text: str, lang: str, triple: tuple[str, str, str],
                                 rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule, lang)


@pytest.mark.parametrize("text", [
    "Čína slíbila odvetu.",  # no one threatened: a promise of retaliation is no promise of cooperation either
    "Slovan rozpoutal v závěru zápasu ofenzivu.",  # sports: no actor attacked
])
def test_no_promise_of_cooperation_nor_attack_without_a_target(pipeline: Pipeline, text: str) -> None:
    evs = pipeline_events(pipeline, text, "cs")
    assert not [e for e in evs if e.type in {"AGREE", "ASSAULT"}], [(e.type, e.rule) for e in evs]
