"""Czech lexicon, round 16 (issue 4, session 10, xgcs: events the English side codes and the Czech translation of the
same article does not; tools/build_cs_verbs.py): easing rules, restrictions or regulations for someone is easing a
ban (CONCEDE 080) as 'zmírnit omezení'; with no one the rule binds it codes nothing (CONCEDE needs a target)."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Vláda zmírnila pravidla pro podnikatele.", ("CONCEDE", "CZE", "CZE"), "cs-zmirnit-080-2"),
    ("Ministerstvo uvolnilo opatření pro podnikatele.", ("CONCEDE", "CZE", "CZE"), "cs-uvolnit-080-2"),
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
