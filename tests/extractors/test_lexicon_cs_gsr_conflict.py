"""Czech coding of material conflict and concessions (plover-gsr-cs, session 14): lifting a ban or restriction is
easing an administrative sanction (CONCEDE, as en 'lift a ban'); lifting sanctions or an embargo is RETREAT; a
reflexive verb read as a reflexive passive keeps its subject ('rebelové se vzdali')."""

from __future__ import annotations

import pytest
from events_support import full_triples


def full(text: str) -> set[tuple[str, str, str]]:
    """(type, source, target) from the whole pipeline (events_support.full_triples)."""
    return full_triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Indie zrušila omezení pro pákistánské obchodníky.", {("CONCEDE", "IND", "PAKBUS")}),
    ("Maďarsko zmírnilo omezení vůči Ukrajině.", {("CONCEDE", "HUN", "UKR")}),
    ("Ukrajina zrušila zákaz vstupu pro ruské novináře.", {("CONCEDE", "UKR", "RUSMED")}),
    ("Francie zrušila zákaz vývozu zbraní do Libye.", {("CONCEDE", "FRA", "LBY")}),
    ("Rusko zrušilo sankce proti Gruzii.", {("RETREAT", "RUS", "GEO")}),
    # a reflexive verb the parser read as a reflexive passive ('se' expl:pass, the subject nsubj:pass)
    ("Tři sta somálských povstalců se v pondělí vzdalo v přístavu Kismaju, uvedl mluvčí.",
     {("RETREAT", "SOMREB", "-")}),
    ("Stovky ukrajinských vojáků se vzdaly ruské armádě.", {("RETREAT", "UKRMIL", "RUSMIL")}),
    # 'bít' is imperfective (the tagger says Perf): its present is a present act, not a future threat
    ("Ruští vojáci bijí ukrajinské zajatce.", {("ASSAULT", "RUSMIL", "UKR")}),
    ("Běloruští policisté bijí zadržené demonstranty.", {("ASSAULT", "BLRCOP", "BLROPP")}),
])
def test_lexicon_cs_gsr_conflict(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert full(text) == expected
