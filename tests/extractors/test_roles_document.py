"""Role finding: a clause modifying a document noun is the act of the document's author (holders.document_author)."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_roles_document_statement_urging_is_its_issuers_request(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The UN mission issued a statement urging Russia to withdraw its troops.")
    assert ("REQUEST", "IGOUNO", "RUS") in triples(evs)


def test_roles_document_letter_supporting_is_its_signers_support(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Germany signed a letter supporting Ukraine.")) == {("SUPPORT", "DEU", "UKR")}


def test_roles_document_relative_clause_of_a_statement_cs(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Městský soud v Praze vydal prohlášení, které vyzývá Rusko ke stažení vojsk.", "cs")
    assert ("REQUEST", "CZE", "RUS") in triples(evs)


def test_roles_document_other_nouns_act_themselves(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Police arrested a man attacking Israel.")
    assert not any(e.type == "ASSAULT" for e in evs)
