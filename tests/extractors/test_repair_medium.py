"""Two Czech news constructions the parser hangs wrong: the partner of a call hung on its medium
(repair_medium.medium_companion: 'hovořil po telefonu s čínským prezidentem') and a subject placed after the object
with the focus particle 'i' that the parser made the object's conjunct (repair_conj.nominative_conjunct: 'Ukrajině
poslalo zbraně i Švédsko'). English says both in an order the parser attaches right."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str = "cs") -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2025-03-07"})
    return {(e.type, e.source.code or "-" if e.source else "-", (e.target.code or "-") if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Německý kancléř Olaf Scholz hovořil po telefonu s čínským prezidentem Si Ťin-pchingem.", "cs",
     ("CONSULT", "DEUGOV", "CHNGOV")),
    ("Macron v pátek mluvil po telefonu s Putinem.", "cs", ("CONSULT", "FRAGOV", "RUSGOV")),
    ("Premiér Fiala jednal po telefonu s Macronem o Ukrajině.", "cs", ("CONSULT", "CZEGOV", "FRAGOV")),
    ("German Chancellor Olaf Scholz spoke by phone with Chinese President Xi Jinping.", "en",
     ("CONSULT", "DEUGOV", "CHNGOV")),
])
def test_the_partner_of_a_call_is_the_verbs_not_the_mediums(pipeline: Pipeline, text: str, lang: str,
                                                            expected: tuple[str, str, str]) -> None:
    assert expected in _events(pipeline, text, lang)


def test_a_companion_of_a_common_noun_stays_there(pipeline: Pipeline) -> None:
    """'o dohodě s Ruskem': the agreement with Russia, not a talk with it; 'dohoda' is no medium."""
    doc = pipeline({"id": "t", "text": "Prezident mluvil o dohodě s Ruskem.", "lang": "cs",
                    "published": "2025-03-07"})
    assert not any(r.startswith("medium-companion") for r in doc.meta.get("events_repairs", []))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrajině poslalo zbraně i Švédsko.", ("AID", "SWE", "UKR")),
    ("Ukrajinu podpořilo Polsko i Německo.", ("SUPPORT", "DEU", "UKR")),
    ("Sankce proti Rusku schválilo i Japonsko.", ("SANCTION", "JPN", "RUS")),
])
def test_a_subject_after_the_object_with_i_is_the_subject(pipeline: Pipeline, text: str,
                                                          expected: tuple[str, str, str]) -> None:
    assert expected in _events(pipeline, text)


def test_a_dropped_subject_keeps_its_coordinated_objects(pipeline: Pipeline) -> None:
    """'Napadlo Ukrajinu a Gruzii': a real coordination (with 'a'); the earlier sentence's Russia attacked both."""
    events = _events(pipeline, "Rusko vedlo válku. Napadlo Ukrajinu a Gruzii.")
    assert {("ASSAULT", "RUS", "UKR"), ("ASSAULT", "RUS", "GEO")} <= events
