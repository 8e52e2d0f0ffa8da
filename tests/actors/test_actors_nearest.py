"""State organs in an article without a clear home take the one state named in the nearest sentence before them."""

from __future__ import annotations

from actors_support import coded, run

from kronika import Pipeline


def test_nearest_state_organ_takes_the_state_named_before_it(pipeline: Pipeline) -> None:
    text = ("France and Germany signed a trade deal on Monday. Myanmar rejected a UN report on Tuesday. "
            "The government said the soldiers did nothing wrong.")
    doc = run(pipeline, text, "en")
    assert doc.meta["home_country"]["clear"] is None
    c = coded(doc)
    assert c["government"] == "MMRGOV" and c["soldiers"] == "MMRMIL"


def test_nearest_state_two_states_in_the_nearest_sentence_are_no_pick(pipeline: Pipeline) -> None:
    c = coded(run(pipeline, "France and Germany signed a trade deal on Monday. The police said nobody was hurt.", "en"))
    assert c["police"] == "---COP"


def test_nearest_state_the_only_state_named_earlier_in_the_article(pipeline: Pipeline) -> None:
    text = ("Myanmar rejected the report. The weather was cold. Prices rose. Shops closed early. "
            "The government said it would not cooperate. Later, France and Germany criticised it.")
    assert coded(run(pipeline, text, "en"))["government"] == "MMRGOV"


def test_nearest_state_nothing_named_before_stays_unknown(pipeline: Pipeline) -> None:
    text = "The government said it would not cooperate. Later, France and Germany criticised it."
    assert coded(run(pipeline, text, "en"))["government"] == "---GOV"


def test_nearest_state_possessed_organ_is_left_to_its_possessor(pipeline: Pipeline) -> None:
    doc = run(pipeline, "Syria says it is willing to withdraw its troops from neighboring Lebanon.", "en")
    assert "troops" not in coded(doc)  # its troops: the possessor's, not the nearest state's
    assert [(e.type, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in doc.events] == [("AGREE", "SYR", "LBN")]
