"""The UD view the events engine reads: ClearNLP labels of the English model become UD relations."""

from __future__ import annotations

from events_support import parse

from kronika.extractors.udview import Tree


def test_events_udview_lifts_prepositional_objects_and_renames_labels() -> None:
    doc = parse("Ukraine was attacked by Russia on Monday, according to the UN.", "en")
    tree = Tree(doc)
    by_text = {n.tok.text: n for n in tree.nodes}
    attacked = by_text["attacked"]
    assert by_text["Russia"].deprel == "obl:agent" and by_text["Russia"].head == attacked.i
    assert by_text["Monday"].deprel == "obl" and by_text["Monday"].head == attacked.i
    assert by_text["on"].deprel == "case" and by_text["on"].head == by_text["Monday"].i
    assert by_text["Ukraine"].deprel == "nsubj:pass"
    assert tree.case_words(by_text["Monday"].i) == {"on"}
    assert by_text["UN"].head == by_text["according"].i


def test_events_udview_keeps_czech_ud_and_reads_fixed_prepositions() -> None:
    doc = parse("Rusko čelí sankcím ze strany USA.", "cs")
    tree = Tree(doc)
    usa = next(n for n in tree.nodes if n.tok.text == "USA")
    assert {"strana", "ze strany"} <= tree.case_words(usa.i)
    assert [n.deprel for n in tree.nodes] == [t.deprel for t in doc.tokens]
