"""Entry objects that are adjectives ('protestní akce', 'chemické zbraně', 'military equipment', 'uznat vinným'):
the trigger's own dependent noun carrying the adjective is the entry's anchor; an entry that names the adjective
beats a bare-noun entry; an adjective deeper in the clause licenses nothing."""

from __future__ import annotations

from events_support import events, pipeline_events

from kronika import Pipeline


def _cameo(text: str, lang: str = "cs") -> set[tuple[str, str, str, str]]:
    return {(e.type, e.cameo, e.source.code if e.source and e.source.code else "-",
             e.target.code if e.target and e.target.code else "-") for e in events(text, lang)}


def test_matching_adjective_of_object_noun_codes_chemical_weapons() -> None:
    assert ("ASSAULT", "2041", "RUS", "-") in _cameo("Rusko použilo chemické zbraně.")


def test_matching_adjective_of_object_noun_codes_protest_participation() -> None:
    assert _cameo("Polsko se zúčastnilo protestní akce proti Rusku.") == {("PROTEST", "141", "POL", "RUS")}


def test_matching_adjective_entry_beats_bare_noun_entry() -> None:
    assert ("AGREE", "0312", "RUS", "CHN") in _cameo("Rusko rozšíří vojenskou spolupráci s Čínou.")
    assert ("AGREE", "031", "RUS", "CHN") in _cameo("Rusko rozšíří spolupráci s Čínou.")


def test_matching_adjective_object_in_english() -> None:
    assert ("AID", "072", "DEU", "UKR") in _cameo("Germany delivered military equipment to Ukraine.", "en")


def test_matching_adjective_deeper_in_the_clause_licenses_nothing() -> None:
    # 'chemický' on a noun under the object, not on the used thing itself: no chemical-weapons code
    assert not any(c == "2041" for _, c, _, _ in _cameo("Rusko použilo zbytky chemické továrny."))


def test_matching_adjectival_complement_codes_guilty_verdict(pipeline: Pipeline) -> None:
    evs = pipeline_events(pipeline, "Ruský soud uznal vinným ukrajinského novináře.", "cs")
    assert {(e.type, e.cameo) for e in evs} == {("SANCTION", "116")}


def test_matching_signed_lemma_keeps_the_negative_prefix(pipeline: Pipeline) -> None:
    # cs_core_news_sm lemmatises 'nepřijatelný' to 'přijatelný' + Polarity=Neg: an entry listing the positive
    # adjective must not fire on its negation, and one listing the negative form must be able to
    from kronika.extractors.lexicon import load
    from kronika.extractors.matching import signed_lemma
    from kronika.extractors.roles import Roles
    from kronika.extractors.udview import Tree

    doc = pipeline("Ministr označil návrh za nepřijatelný a plán za přijatelný.", lang="cs")
    tree = Tree(doc)
    roles = Roles(doc, tree, load("cs"))
    lemmas = {tree[t.i].tok.text: signed_lemma(roles, tree[t.i]) for t in doc.tokens}
    assert lemmas["nepřijatelný"] == "nepřijatelný"
    assert lemmas["přijatelný"] == "přijatelný"
    assert lemmas["označil"] == "označit"
