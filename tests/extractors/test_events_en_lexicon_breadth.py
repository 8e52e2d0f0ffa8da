"""English lexicon breadth (session 5, lex-en): noun triggers, light verbs, court passives and ordinary crime and
discipline verbs of data/en/verbs_extra.json and data/en/modality.json, on hand-made news sentences."""

from __future__ import annotations

from events_support import country_triples as triples

from kronika import Pipeline
from kronika.model import Event

COURT = ("A Slovak court ruled on the fraud case on Thursday. The former Slovak agriculture minister was sentenced "
         "to three years in prison. The Slovak supreme court upheld the verdict.")


def events(pipeline: Pipeline, text: str) -> list[Event]:
    """Events of one dated English article."""
    return pipeline({"id": "t", "text": text, "lang": "en", "published": "2024-06-18"}).events


def test_events_en_lexicon_breadth_phone_call_with_is_consult(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Germany's phone call with Russia lasted an hour.")
    assert ("CONSULT", "DEU", "RUS") in triples(evs)
    assert any(e.cameo == "041" and e.rule.startswith("en-kr-n-call") for e in evs)


def test_events_en_lexicon_breadth_noun_trigger_with_possessor_and_preposition(pipeline: Pipeline) -> None:
    assert triples(events(pipeline, "Russia's threats against Ukraine worried Poland.")) == {("THREATEN", "RUS", "UKR")}
    assert triples(events(pipeline, "US aid to Ukraine arrived on Monday.")) == {("AID", "USA", "UKR")}


def test_events_en_lexicon_breadth_noun_after_light_verb_takes_its_subject(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Britain made an apology to Kenya.")
    assert triples(evs) == {("SUPPORT", "GBR", "KEN")}
    assert evs[0].cameo == "055" and evs[0].rule.endswith("+light-verb")


def test_events_en_lexicon_breadth_conviction_is_find_guilty(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "A Moscow court convicted the Ukrainian journalist of espionage.")
    assert (e.type, e.cameo) == ("SANCTION", "116")  # CAMEO 116 'find guilty', not 173 arrest
    assert e.source is not None and e.target is not None
    assert (e.source.code or "").startswith("RUS") and (e.target.code or "").startswith("UKR")


def test_events_en_lexicon_breadth_agentless_sentence_is_the_home_courts(pipeline: Pipeline) -> None:
    evs = [e for e in events(pipeline, COURT) if e.trigger == "sentenced"]
    assert triples(evs) == {("COERCE", "SVK", "SVK")}
    assert evs[0].source is not None and evs[0].source.code == "SVKJUD"
    assert evs[0].rule.endswith("+custody-passive")


def test_events_en_lexicon_breadth_ordinary_violence_and_discipline(pipeline: Pipeline) -> None:
    (hit,) = events(pipeline, "A Russian soldier punched a Ukrainian journalist.")
    assert (hit.type, hit.cameo) == ("ASSAULT", "182")
    (ban,) = events(pipeline, "The Polish ministry suspended a Czech official for a month.")
    assert (ban.type, ban.cameo) == ("COERCE", "172")
    assert ban.target is not None and (ban.target.code or "").startswith("CZE")


def test_events_en_lexicon_breadth_making_a_visit_is_a_visit_not_trips_or_leftovers(pipeline: Pipeline) -> None:
    evs = events(pipeline, "Germany made an official visit to Poland.")
    assert triples(evs) == {("CONSULT", "DEU", "POL")} and evs[0].cameo == "042"
    assert events(pipeline, "The law requires Czech women to make two trips to a clinic.") == []
    assert events(pipeline, "Angola's fields are full of mines left over from the civil war.") == []
