"""Czech negation from the 'ne-' prefix when the parser leaves a negated participle Polarity=Pos."""

from __future__ import annotations

from kronika import Pipeline
from kronika.extractors.modality import _prefixed_form


def test_modality_negative_prefix_form_of_the_lemma_is_negated() -> None:
    assert _prefixed_form("neschválil", "schválit", "ne")
    assert _prefixed_form("nedovolila", "dovolit", "ne")
    assert not _prefixed_form("nechal", "nechat", "ne")  # the lemma itself begins with 'ne'
    assert not _prefixed_form("nesl", "nést", "ne")  # 'ne' is part of the stem
    assert not _prefixed_form("schválil", "schválit", "ne")


def test_modality_negative_prefix_refused_approval_is_a_rejection(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "lang": "cs", "text": "Polský parlament neschválil návrh ukrajinské vlády."})
    found = {(e.type, e.source.code if e.source else None, e.target.code if e.target else None) for e in doc.events}
    assert found == {("REJECT", "POLLEG", "UKRGOV")}  # the model tags 'neschválil' Polarity=Pos
