"""Czech lexicon, round 16 (issue 4, session 10, xgcs: events the English side codes and the Czech translation of the
same article does not; tools/build_cs_verbs.py): easing rules, restrictions or regulations for someone is easing a
ban (CONCEDE 080) as 'zmírnit omezení'; with no one the rule binds it codes nothing (CONCEDE needs a target). An appeal
against a ruling, penalty or decision is refusing it (REJECT, a type the gold lists for appeals), also when the
appellant is foreign and no owner of the ruling is named ('Bayer se proti rozsudku odvolal')."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Vláda zmírnila pravidla pro podnikatele.", ("CONCEDE", "CZE", "CZE"), "cs-zmirnit-080"),
    ("Ministerstvo uvolnilo opatření pro podnikatele.", ("CONCEDE", "CZE", "CZE"), "cs-uvolnit-080"),
    ("Ministerstvo se proti rozhodnutí soudu odvolá.", ("REJECT", "CZE", "CZE"), "cs-odvolat-120-se"),
    ("Obhájce se odvolal proti rozsudku.", ("REJECT", "CZE", "CZE"), "cs-odvolat-120-se"),
]


@pytest.mark.parametrize(("text", "triple", "rule"), FIRES, ids=[f[2] + "-" + f[0][:12] for f in FIRES])
def test_lexicon_cs_round16_entry_fires(pipeline: Pipeline, text: str, triple: tuple[str, str, str], rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule)


def test_lexicon_cs_round16_eased_rules_with_no_one_bound_code_nothing(pipeline: Pipeline) -> None:
    """'zmírnila pravidla' names no one the rules bind: no concession is coded."""
    assert pipeline_events(pipeline, "Vláda zmírnila pravidla.", "cs") == []


def test_lexicon_cs_round16_approving_a_measure_is_not_coded(pipeline: Pipeline) -> None:
    """Tried and left out: a legislature approving a measure is no AGREE (the dev gold does not code it)."""
    assert not any(e.type == "AGREE" for e in pipeline_events(pipeline, "Senát opatření schválil.", "cs"))


def test_lexicon_cs_round16_foreign_appeal_against_a_ruling_codes_a_refusal(pipeline: Pipeline) -> None:
    """A foreign firm's appeal, no owner of the ruling named: REJECT with no target (before: dropped, no target)."""
    evs = pipeline_events(pipeline, "Německá firma Bayer se proti rozsudku odvolala.", "cs")
    assert [(e.type, e.source.code[:3] if e.source else None, e.target) for e in evs] == [("REJECT", "DEU", None)]


def test_lexicon_cs_round16_citing_a_source_is_no_appeal(pipeline: Pipeline) -> None:
    """'odvolat se na zdroje' (citing sources) codes nothing: the appeal needs 'proti' and a ruling."""
    assert pipeline_events(pipeline, "Ministr se odvolal na nejmenované zdroje.", "cs") == []
