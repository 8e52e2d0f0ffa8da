"""A subjectless conjunct of a relative clause whose parsed 'subject' is a comparison ('stejně jako jiné běžkyně')
shares the relative's antecedent, and the rejected thing's owner is the genitive of its relative clause's subject
that is no actor, also when the parser read that subject as a second object ('léčbu, kterou nařizují pravidla
IAAF'; session 33, before: dropped, no source actor)."""

from __future__ import annotations

import pytest
from events_support import pipeline_events

from kronika import Pipeline


def _coded(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str | None, str | None]]:
    evs = pipeline_events(pipeline, text, lang)
    return {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


def test_simile_subject_shares_relative_antecedent(pipeline: Pipeline) -> None:
    text = ("V Dauhá chybí nejlepší osmistovkařka Caster Semenyaová z JAR, která má příliš vysokou hladinu "
            "testosteronu, ale stejně jako některé další běžkyně odmítá léčbu, kterou nařizují pravidla IAAF.")
    got = _coded(pipeline, text, "cs")
    assert any(t == "REJECT" and (s or "").startswith("ZAF") and tg == "NGO" for t, s, tg in got), got


def test_relative_subject_owner_of_rejected_plan_cs(pipeline: Pipeline) -> None:
    got = _coded(pipeline, "Polská vláda odmítla plán, který předložil německý ministr.", "cs")
    assert any(t == "REJECT" and (s or "").startswith("POL") and (tg or "").startswith("DEU")
               for t, s, tg in got), got


@pytest.mark.parametrize("text", ["Hungary rejected the quotas that EU rules impose.",
                                  "Poland rejected the proposals that Russia submitted."])
def test_relative_subject_owner_en(pipeline: Pipeline, text: str) -> None:
    got = _coded(pipeline, text, "en")
    assert any(t == "REJECT" and tg is not None for t, _, tg in got), got


def test_visit_keeps_misread_object_out(pipeline: Pipeline) -> None:
    text = "Princezna navštívila minové pole, které vyčistila charitativní organizace HALO Trust."
    got = _coded(pipeline, text, "cs")
    assert not [g for g in got if g[0] == "CONSULT" and g[2] is not None and g[2].endswith("NGO")], got
