"""Czech lexicon, round 12 (issue 4, session 8, tools/build_cs_verbs.py and data/cs/agents.json): recall gaps the
cross-lingual list showed (the English side of an unseen pair coded, the Czech not): the instrumental doer of a
deverbal legal noun, a phone call talked both ways, sports and party officials (funkcionář) and applicants
(uchazeč) as people, the idiom of praise 'pět chválu na', the missing aspect partners of violence and custody nouns
(týrání, zabíjení, vraždění, zatýkání, zadržování); carols sung and an investigation with no doer stay quiet."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events
from events_support import country_triples as triples

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("To vedlo k zahájení vyšetřování firmy vládní agenturou.", ("ACCUSE", "CZE", "CZE"), "cs-n-vysetrovani-090"),
    ("Atletičtí funkcionáři slíbili zavést nová opatření.", ("AGREE", "CZE", "CZE"), "cs-slibit-030"),
    ("Uchazeči o nominaci požadují vyšší daně pro bohaté.", ("REQUEST", "CZE", "CZE"), "cs-pozadovat-100"),
    ("Poslanci pějí chválu na ministra.", ("SUPPORT", "CZE", "CZE"), "cs-pet-051"),
    ("Soud se zabýval týráním dětí ze strany otce.", ("ASSAULT", "CZE", "CZE"), "cs-n-tyrani-180"),
]

# a call is talked both ways: one event each way (as en 'telephoned')
MUTUAL = [
    ("Putin telefonoval s Bidenem.", "cs-telefonovat-041"),
    ("Po Trumpově telefonátu s ukrajinským prezidentem Zelenským vznikla aféra.", "cs-n-telefonat-041"),
]

QUIET = [
    "Děti pěly koledy.",  # singing, no praise of anyone
    "Vyšetřování nehody skončilo.",  # an investigation with no doer named
]


@pytest.mark.parametrize(("text", "triple", "rule"), FIRES, ids=[f[2] for f in FIRES])
def test_lexicon_cs_round12_entry_fires(pipeline: Pipeline, text: str, triple: tuple[str, str, str],
                                        rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule)


@pytest.mark.parametrize(("text", "rule"), MUTUAL, ids=[m[1] for m in MUTUAL])
def test_lexicon_cs_round12_call_is_mutual(pipeline: Pipeline, text: str, rule: str) -> None:
    evs = [e for e in pipeline_events(pipeline, text, "cs") if e.rule and e.rule.startswith(rule)]
    pairs = {(e.source.code[:3], e.target.code[:3]) for e in evs if e.source and e.target and e.source.code
             and e.target.code}
    assert len(pairs) == 2
    assert {(b, a) for a, b in pairs} == pairs


@pytest.mark.parametrize("text", QUIET)
def test_lexicon_cs_round12_other_sense_codes_nothing(pipeline: Pipeline, text: str) -> None:
    assert pipeline_events(pipeline, text, "cs") == []


def test_lexicon_cs_round12_lowercase_party_name_keeps_its_country(pipeline: Pipeline) -> None:
    """'liberální demokraté' in lower case is the British party, not the American 'demokraté'."""
    evs = pipeline_events(pipeline, "Předsedkyně liberálních demokratů hovořila s policií v Londýně.", "cs")
    assert ("CONSULT", "GBR", "GBR") in triples(evs)
