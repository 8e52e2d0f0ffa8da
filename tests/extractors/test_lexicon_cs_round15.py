"""Czech lexicon, round 15 (issue 4, session 10, audcs4 recall audit of unseen ordinary news: tools/build_cs_verbs.py):
accepting a challenge or invitation ('přijmout výzvu') is AGREE as accepting an offer, the counterpart of 'odmítnout
výzvu' (REJECT); circulating or organising a petition is taking part in it (PROTEST 140) as signing it; the colloquial
'zavolat na X' is phoning X (CONSULT 041) unless X is the police or a rescue service (REQUEST); a sentence to a
suspended term or to community work is sentencing (COERCE 173) as a prison term, not bare criticism."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events
from events_support import country_triples as triples

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Režisérka přijala výzvu ministra kultury.", ("AGREE", "CZE", "CZE"), "cs-prijmout-030"),
    ("Spolek rozšiřoval petici proti vládě.", ("PROTEST", "CZE", "CZE"), "cs-rozsirovat-140"),
    ("Zákaznice zavolala na pojišťovnu.", ("CONSULT", "CZE", "CZE"), "cs-zavolat-041"),
    ("Soud odsoudil muže k podmínce.", ("COERCE", "CZE", "CZE"), "cs-odsoudit-173"),
    ("Soud muže odsoudil ke 100 hodinám obecně prospěšných prací.", ("COERCE", "CZE", "CZE"), "cs-odsoudit-173"),
    # round 15b: an interrogation noun (questioner by adjective or instrument), a compromise reached with X
    ("Kriminalisté zahájili výslech podezřelého muže.", ("ACCUSE", "CZE", "CZE"), "cs-n-vyslech-090"),
    ("Ministerstvo dosáhlo s odbory kompromisu.", ("AGREE", "CZE", "CZE"), "cs-dosahnout-030"),
    # round 15c: a dative recipient the parser tags as obj ('nemocnici' = Acc homograph); medical supplies as aid
    ("Ministerstvo poskytlo nemocnici dotaci.", ("AID", "CZE", "CZE"), "cs-poskytnout-071"),
    ("Firma darovala nemocnici respirátory.", ("AID", "CZE", "CZE"), "cs-darovat-073"),
    ("Česko poslalo Ukrajině vakcíny.", ("AID", "CZE", "UKR"), "cs-poslat-073"),
    # round 15d: heeding a call or demand is acceding to it (083), the counterpart of ignoring it (1232)
    ("Firma vyslyšela výzvu vlády.", ("CONCEDE", "CZE", "CZE"), "cs-vyslyset-083"),
    ("Řidiči uposlechli výzvy policie.", ("CONCEDE", "CZE", "CZE"), "cs-uposlechnout-083"),
    # taking a child from its parents (into care) is an administrative sanction on the parent, as a licence revoked
    ("Soud odebral otci syna.", ("COERCE", "CZE", "CZE"), "cs-odebrat-172"),
]


def test_lexicon_cs_round15_taking_a_blood_sample_codes_nothing(pipeline: Pipeline) -> None:
    """'odebrat krev / vzorek' (a sample taken) is no sanction: only a child or a document as the object codes."""
    assert pipeline_events(pipeline, "Lékaři odebrali pacientovi krev.", "cs") == []


@pytest.mark.parametrize(("text", "triple", "rule"), FIRES, ids=[f[2] + "-" + f[0][:12] for f in FIRES])
def test_lexicon_cs_round15_entry_fires(pipeline: Pipeline, text: str, triple: tuple[str, str, str], rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule)


def test_lexicon_cs_round15_calling_the_police_stays_a_request(pipeline: Pipeline) -> None:
    """'zavolat na policii' is summoning the police (REQUEST 020), the entry before the phone call."""
    evs = pipeline_events(pipeline, "Majitel obchodu zavolal na policii.", "cs")
    assert triples(evs) == {("REQUEST", "CZE", "CZE")}
    assert all(e.rule.startswith("cs-zavolat-020") for e in evs)


def test_lexicon_cs_round15_rejecting_a_challenge_stays_a_rejection(pipeline: Pipeline) -> None:
    """The accept entry does not shadow its counterpart: 'odmítl výzvu' is still REJECT."""
    evs = pipeline_events(pipeline, "Starosta odmítl výzvu opozice.", "cs")
    assert ("REJECT", "CZE", "CZE") in triples(evs)
    assert not any(e.type == "AGREE" for e in evs)


def test_lexicon_cs_round15_plain_conviction_stays_an_accusation(pipeline: Pipeline) -> None:
    """Without a sentence named, 'odsoudit' keeps its judgement sense (ACCUSE), not COERCE."""
    evs = pipeline_events(pipeline, "Soud muže odsoudil za podvod.", "cs")
    assert {e.type for e in evs} == {"ACCUSE"}


# judgement cues added in round 15 (data/cs/judgements.json): incompetence, waste, asset stripping, populism,
# demagogy, lies and distortion; reported of an actor, each is the speaker's accusation of that actor
JUDGED = [
    "Polská vláda uvedla, že ruská vláda plýtvá penězi.",
    "Polská vláda uvedla, že ruský ministr je neschopný.",
    "Polská vláda uvedla, že ruská firma tuneluje státní podnik.",
    "Polská vláda uvedla, že ruský prezident je populistický a demagogický.",
    "Polská vláda uvedla, že ruská média překrucují fakta.",
]


@pytest.mark.parametrize("text", JUDGED)
def test_lexicon_cs_round15_judgement_cue_accuses_the_judged_actor(pipeline: Pipeline, text: str) -> None:
    evs = [e for e in pipeline_events(pipeline, text, "cs") if e.rule.startswith("cs-reported-judgement")]
    assert triples(evs) == {("ACCUSE", "POL", "RUS")}
