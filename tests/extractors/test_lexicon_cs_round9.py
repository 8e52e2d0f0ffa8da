"""Czech lexicon round 9 (issue 4, tools/build_cs_verbs.py): entries found with bench/lexicon_gaps.py on unseen news
(verbs with an actor argument that fired nothing) and sense fixes of entries that fired wrongly there; each fires on
a hand-made sentence in the form cs_core_news_sm parses, and the everyday sense stays quiet."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Ukrajinský ministr rozporoval tvrzení ruské vlády.", ("ACCUSE", "UKR", "RUS"), "cs-rozporovat-110"),
    ("Ukrajinský svědek vypovídal proti ruskému vojákovi.", ("ACCUSE", "UKR", "RUS"), "cs-vypovidat-112"),
    ("Ruští policisté předvedli ukrajinského novináře na služebnu.", ("COERCE", "RUS", "UKR"), "cs-predvest-173"),
    ("Polský parlament odhlasoval prodej zbraní Ukrajině.", ("AGREE", "POL", "UKR"), "cs-odhlasovat-030"),
    ("Ruská policie zkoumá příčinu smrti ukrajinského novináře.", ("ACCUSE", "RUS", "UKR"), "cs-zkoumat-090"),
    # 'přehlasoval veto' is the override since round 17 (REJECT UKR -> RUS); the noun alone stays the veto
    ("Ukrajinský parlament projednal veto ruského prezidenta.", ("REJECT", "RUS", "-"), "cs-n-veto-129"),
    # round 9b: words for data/en's hand-written concepts and domestic acts of courts, police and ministries
    ("Ruská armáda svrhla ukrajinskou vládu.", ("ASSAULT", "RUS", "UKR"), "cs-svrhnout-180"),
    ("Ruská vláda odškodnila ukrajinské občany.", ("AID", "RUS", "UKR"), "cs-odskodnit-071"),
    ("Ruská opozice zhatila plán ukrajinské vlády.", ("REJECT", "RUS", "UKR"), "cs-zhatit-120"),
    ("Ruská firma lobbuje u ukrajinské vlády.", ("REQUEST", "RUS", "UKR"), "cs-lobbovat-020"),
    ("Ruská policie pozatýkala ukrajinské demonstranty.", ("COERCE", "RUS", "UKR"), "cs-pozatykat-173"),
    ("Polská policie pátrá po ukrajinském pachateli.", ("ACCUSE", "POL", "UKR"), "cs-patrat-090"),
    ("Polské ministerstvo zadalo zakázku ukrajinské firmě.", ("COOPERATE", "POL", "UKR"), "cs-zadat-061"),
    # wmt-news
    ("Afghánistán zvyšuje bezpečnostní opatření před volbami.", ("MOBILIZE", "AFG", "-"), "cs-zvysovat-151"),
]

QUIET = [
    "Videoklip americké umělkyně zkoumá přehlíženou roli žen v hnutí.",  # research, no investigation (real, wmt-news)
    "Britská cestovní kancelář začala nabízet jednodenní výlety do Skotska.",  # trips on sale, no pledge (wmt-news)
    "Demonstranti svrhli sochu obchodníka s otroky.",  # a statue, no government toppled
    "Policie pátrá po pohřešované ženě.",  # a missing person, no suspect
    "Česká nemocnice zvýšila hygienická opatření.",  # hygiene, no police posture
]


@pytest.mark.parametrize(("text", "triple", "rule"), FIRES, ids=[f[2] + "-" + str(i) for i, f in enumerate(FIRES)])
def test_lexicon_cs_round9_entry_fires(pipeline: Pipeline, text: str, triple: tuple[str, str, str], rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule)


@pytest.mark.parametrize("text", QUIET)
def test_lexicon_cs_round9_everyday_sense_codes_nothing(pipeline: Pipeline, text: str) -> None:
    assert pipeline_events(pipeline, text, "cs") == []
