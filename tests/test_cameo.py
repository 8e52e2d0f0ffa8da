"""The CAMEO table: PLOVER types, modes, Goldstein and quad class per code; parents and intent codes."""

from __future__ import annotations

from kronika.cameo import intent_code, lookup, plover_type, table, threat_code, yield_intent_code


def test_cameo_table_maps_roots_per_plover_manual() -> None:
    assert plover_type("020") == "REQUEST" and plover_type("0234") == "REQUEST"
    assert plover_type("010") is None and plover_type("016") == "REJECT"
    assert plover_type("081") == "CONCEDE" and plover_type("084") == "RETREAT"
    assert plover_type("190") == "ASSAULT" and plover_type("163") == "SANCTION"


def test_cameo_table_has_mode_goldstein_and_quad_class() -> None:
    visit = lookup("042")
    assert visit is not None and visit.plover == "CONSULT" and visit.mode == "visit"
    assert visit.goldstein == 1.9 and visit.quad_class == 1
    assert len(table()) > 300


def test_cameo_lookup_falls_back_to_parent_code() -> None:
    entry = lookup("0429")
    assert entry is not None and entry.code == "042"


def test_cameo_intent_code_for_future_cooperation() -> None:
    assert intent_code("062") == "0312" and intent_code("042") == "036" and intent_code("072") == "0332"
    assert intent_code("085") == "085" and intent_code("190") == "190"


def test_cameo_threat_code_for_future_conflict() -> None:
    assert threat_code("190") == "138" and threat_code("163") == "1312" and threat_code("1723") == "1323"
    assert plover_type(threat_code("166")) == "THREATEN" and threat_code("051") == "051"


def test_cameo_yield_intent_code_for_offered_concessions() -> None:
    assert yield_intent_code("085") == "0354" and plover_type(yield_intent_code("0841")) == "AGREE"
