"""A reciprocal pronoun or adverb on a trigger (modality.json key reciprocal_words: each other, one another;
navzájem, vzájemně) makes the subjects each other's targets: a compound subject pairwise, a plural group itself
(the gold codes 'rival factions accused each other' LBYPTY -> LBYPTY), not the implicit home counterpart."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

PAIRS = [
    ("en", "Serbia and Kosovo accused each other of provoking the clashes near the border."),
    ("en", "Serbia and Kosovo have blamed one another for the violence."),
    ("cs", "Srbsko a Kosovo se navzájem obviňují z vyprovokování střetů na hranici."),
    ("cs", "Srbsko a Kosovo se vzájemně obvinily z násilí."),
]

GROUPS = [
    ("en", "Rival Libyan factions have accused each other of bribing the judges."),
    ("cs", "Libyjské frakce se navzájem obviňují z uplácení soudců."),
]


@pytest.mark.parametrize(("lang", "text"), PAIRS)
def test_reciprocal_compound_subject_accuses_each_member(pipeline: Pipeline, lang: str, text: str) -> None:
    triples = country_triples(events(pipeline, text, lang))
    assert {("ACCUSE", "SRB", "KSV"), ("ACCUSE", "KSV", "SRB")} <= triples


@pytest.mark.parametrize(("lang", "text"), GROUPS)
def test_reciprocal_plural_group_accuses_itself(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("ACCUSE", "LBY", "LBY") in country_triples(events(pipeline, text, lang))


def test_reciprocal_word_elsewhere_in_the_sentence_changes_nothing(pipeline: Pipeline) -> None:
    text = "Serbia accused Kosovo of provoking the clashes, and the two sides insulted each other."
    assert country_triples([e for e in events(pipeline, text, "en") if e.trigger == "accused"]) == {
        ("ACCUSE", "SRB", "KSV")}


# A reciprocal entry with a compound subject of two states: the partners agree with each other, not with a people
# noun inside the agreed act ('informace o uprchlících' is no partner of the agreement).
PARTNER_CLAUSES = [
    "Srbsko a Kosovo se dohodly, že si vymění informace o pohřešovaných osobách.",
    "Polsko a Litva se dohodly, že budou společně pomáhat uprchlíkům na hranici.",
]


@pytest.mark.parametrize("text", PARTNER_CLAUSES)
def test_reciprocal_partners_agree_with_each_other_not_the_clause(pipeline: Pipeline, text: str) -> None:
    agree = country_triples([e for e in events(pipeline, text, "cs") if e.trigger == "dohodly"])
    assert agree and all(t[0] == "AGREE" and {t[1], t[2]} <= {"SRB", "KSV", "POL", "LTU"} for t in agree)
