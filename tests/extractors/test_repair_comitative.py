"""The vocalised preposition 'se' (= 's', 'with') the Czech parser reads as the verb's reflexive particle
(repair_comitative.comitative_se): the partner of talks or cooperation is the verb's target again. English has no
such homograph; the same acts are checked there for parity."""

from __future__ import annotations

import pytest

from kronika import Pipeline


def _events(pipeline: Pipeline, text: str, lang: str = "cs") -> set[tuple[str, str, str]]:
    doc = pipeline({"id": "t", "text": text, "lang": lang, "published": "2025-03-07"})
    return {(e.type, e.source.code or "-" if e.source else "-", (e.target.code or "-") if e.target else "-")
            for e in doc.events}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Čína spolupracuje se Severní Koreou.", "cs", ("COOPERATE", "CHN", "PRK")),
    ("Rusko obchoduje se Severní Koreou.", "cs", ("COOPERATE", "RUS", "PRK")),
    ("Putin se setkal se Si Ťin-pchingem.", "cs", ("CONSULT", "RUSGOV", "CHNGOV")),
    ("Macron, který se v pondělí setkal se Si Ťin-pchingem, odletěl domů.", "cs", ("CONSULT", "FRAGOV", "CHNGOV")),
    ("Macron se chce setkat se Si Ťin-pchingem příští týden.", "cs", ("AGREE", "FRAGOV", "CHNGOV")),
    ("China cooperates with North Korea.", "en", ("COOPERATE", "CHN", "PRK")),
    ("Putin met with Xi Jinping.", "en", ("CONSULT", "RUSGOV", "CHNGOV")),
])
def test_the_partner_after_se_is_the_target(pipeline: Pipeline, text: str, lang: str,
                                            expected: tuple[str, str, str]) -> None:
    assert expected in _events(pipeline, text, lang)


@pytest.mark.parametrize("text", [
    "Fico se stal slovenským premiérem.",  # 'stát se' + predicative instrumental: the particle
    "Vláda se zabývala situací na hranicích.",  # 'zabývat se': the particle
])
def test_a_reflexive_particle_stays_a_particle(pipeline: Pipeline, text: str) -> None:
    doc = pipeline({"id": "t", "text": text, "lang": "cs", "published": "2025-03-07"})
    assert not any(r.startswith("comitative-se") for r in doc.meta.get("events_repairs", []))
