"""Czech lexicon, round 17 (session 11, xgcs5: a battery of ordinary police, court and parliament sentences;
tools/build_cs_verbs.py): resuscitating someone is medical aid (AID 073, as 'reanimovat'); overriding a veto or
outvoting someone is refusing their position (REJECT 120, as en 'overrule'); the thing asked for ('požádal o X') is no
addressee of a request."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Záchranáři zraněného cyklistu dlouho oživovali.", ("AID", "CZE", "CZE"), "cs-ozivovat-073"),
    ("Lékaři se pokusili oživit zraněného řidiče.", ("AID", "CZE", "CZE"), "cs-ozivit-073"),
    ("Poslanci přehlasovali veto prezidenta.", ("REJECT", "CZE", "CZE"), "cs-prehlasovat-120"),
    ("Americký Kongres přehlasoval prezidenta.", ("REJECT", "USA", "USA"), "cs-prehlasovat-120"),
    ("Ukrajinský parlament přehlasoval veto ruského prezidenta.", ("REJECT", "UKR", "RUS"), "cs-prehlasovat-120"),
]


@pytest.mark.parametrize(("text", "triple", "rule"), FIRES, ids=[f[2] + "-" + f[0][:12] for f in FIRES])
def test_lexicon_cs_round17_entry_fires(pipeline: Pipeline, text: str, triple: tuple[str, str, str], rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule)


def test_lexicon_cs_round17_reviving_the_economy_codes_nothing(pipeline: Pipeline) -> None:
    """'oživit ekonomiku' names no actor: the resuscitation entry needs a target."""
    assert pipeline_events(pipeline, "Vláda chce oživit ekonomiku.", "cs") == []


def test_lexicon_cs_round17_the_thing_requested_is_no_addressee(pipeline: Pipeline) -> None:
    """'požádal o stíhačky': the jets asked for are not asked (before: REQUEST UKR -> UKRMIL)."""
    evs = pipeline_events(pipeline, "Ukrajinský prezident požádal o stíhačky.", "cs")
    assert [(e.type, e.target) for e in evs] == [("REQUEST", None)]
