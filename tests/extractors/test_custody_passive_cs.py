"""Czech agentless court passives are the home court's acts, as in English (grammar key institutional_passives)."""

from __future__ import annotations

from kronika import Pipeline


def _triples(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": "cs"})
    return {(e.type, e.source.code if e.source else "-", e.target.code if e.target else "-") for e in doc.events}


def test_custody_passive_cs_acquittal_is_the_courts(pipeline: Pipeline) -> None:
    assert ("CONCEDE", "CZEJUD", "CZECVL") in _triples(pipeline, "Muž byl zproštěn obžaloby.")


def test_custody_passive_cs_indictment_is_the_courts(pipeline: Pipeline) -> None:
    assert ("ACCUSE", "CZEJUD", "CZECVL") in _triples(pipeline, "Dva muži byli obžalováni z podvodu.")


MEXICO = ("Ve čtvrtek se v hlavním městě Mexika konal vzpomínkový průvod. Mexická policie podle rodin nic nevyšetřila. "
          "V rámci vyšetřování bylo v Mexiku zadrženo přes 142 lidí. ")


def test_custody_passive_cs_release_reported_by_a_foreign_agency_is_still_the_home_courts(pipeline: Pipeline
                                                                                          ) -> None:
    text = MEXICO + "Mnoho z nich muselo být propuštěno, protože byla porušena jejich lidská práva, doplňuje APTN."
    assert ("RETREAT", "MEXJUD", "MEXCVL") in _triples(pipeline, text)  # APTN (USAMED) names no third state's court


def test_custody_passive_en_handover_to_a_gang_is_no_court_act(pipeline: Pipeline) -> None:
    text = ("A memorial march was held in Mexico City on Thursday. Mexican police arrested dozens of people in Mexico. "
            "The students were in all likelihood handed over to the local crime syndicate, the APTN agency reports.")
    doc = pipeline({"id": "t", "text": text, "lang": "en"})
    assert not [e for e in doc.events if e.cameo.startswith("06") and e.source and e.source.code.endswith("JUD")]
