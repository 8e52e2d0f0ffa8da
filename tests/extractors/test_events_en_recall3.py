"""English lexicon from the third recall audit of unseen ordinary news (auden3): resistance/opposition from X,
reports filed against X, settlements with X, propping up a government, 'count on' an outcome,
and firms and security guards as actors ('bank' left out: as a sector noun it unnames 'Fio Bank')."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


def test_events_en_recall3_resistance_from_x_is_x_rejecting(pipeline: Pipeline) -> None:
    assert ("REJECT", "FRA", "-") in triples(events(pipeline, "The proposal met with resistance from France."))
    assert ("REJECT", "DEU", "-") in triples(events(pipeline, "The British plan faced strong opposition from Germany."))


def test_events_en_recall3_resistance_without_a_from_actor_is_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "Insulin resistance is rising in Britain.") == []


def test_events_en_recall3_report_filed_against_x_is_a_complaint(pipeline: Pipeline) -> None:
    evs = events(pipeline, "The union of Tesco workers filed an unfair labour practice report against Tesco.")
    assert [(e.type, e.cameo) for e in evs] == [("ACCUSE", "115")]


def test_events_en_recall3_a_journalists_filed_report_is_no_complaint(pipeline: Pipeline) -> None:
    assert events(pipeline, "The BBC correspondent filed a report from Kyiv.") == []


def test_events_en_recall3_settlement_with_x_is_an_agreement(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Germany's settlement with Poland ended the dispute.")
    assert [(e.cameo, e.target.code if e.target else None) for e in evs] == [("057", "POL")]


def test_events_en_recall3_propping_up_a_government_is_support(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Labour MPs propped up the British government.")) == {("SUPPORT", "GBR", "GBR")}
    assert triples(events(pipeline, "Russia has shored up the Syrian regime.")) == {("SUPPORT", "RUS", "SYR")}


def test_events_en_recall3_propping_up_a_thing_is_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "The Bank of England propped up the pound in Britain.") == []
    assert events(pipeline, "Britain shored up its defences.") == []


def test_events_en_recall3_counting_on_an_outcome_is_no_appeal(pipeline: Pipeline) -> None:
    text = "Financial institutions in Britain count on getting the exempted charges back in the future."
    assert events(pipeline, text) == []
    assert triples(events(pipeline, "The British government counts on Germany for support.")) == {
        ("REQUEST", "GBR", "DEU")}


def test_events_en_recall3_institutions_chains_and_security_guards_are_actors(pipeline: Pipeline) -> None:
    doc = pipeline({"id": "t", "text": "Financial institutions in Britain refused to lend to the firm.", "lang": "en"})
    assert {m.text: m.code for m in doc.mentions}["Financial institutions in Britain"] == "GBRBUS"
    doc = pipeline({"id": "t", "text": "The supermarket chain in Britain apologised to customers.", "lang": "en"})
    assert triples(doc.events) == {("SUPPORT", "GBR", "GBR")}
    doc = pipeline({"id": "t", "text": "The security guard attacked a man in Britain.", "lang": "en"})
    assert triples(doc.events) == {("ASSAULT", "GBR", "GBR")}


def test_events_en_recall3_political_insults_are_reported_judgements(pipeline: Pipeline) -> None:
    judged = [e for e in events(pipeline, "Pompeo said the Assad regime is authoritarian and undemocratic.")
              if e.rule.startswith("en-reported-judgement")]
    assert triples(judged) == {("ACCUSE", "USA", "SYR")}
    judged = [e for e in events(pipeline, "Senator Smith said that the American president was a traitor.")
              if e.rule.startswith("en-reported-judgement")]
    assert triples(judged) == {("ACCUSE", "USA", "USA")}
