"""Unmarked speech a cue opens goes on over the first-person sentences after it ('X řekl: Čekáme obrat. Nabízíme
pomocnou ruku.'), so their 'we' verbs are the speaker's acts; the writer's third-person narration ends it."""

from __future__ import annotations

from events_support import country_triples as triples
from events_support import pipeline_events as events
from quotes_support import run_lang, speaker_name

from kronika import Pipeline

CS = ("Jan Novák, starosta obce Cejle a mluvčí platformy obcí, řekl: Od nové vlády čekáme výraznější obrat. "
      "Nabízíme jí k tomu i pomocnou ruku. Za podporu také děkujeme Svazu měst a obcí. "
      "Platforma sdružuje 51 členů.")


def test_opened_passage_runs_over_first_person_sentences_cs(pipeline: Pipeline) -> None:
    quotes = run_lang(pipeline, CS, "cs").quotes
    assert len(quotes) == 1 and "Jan Novák" in speaker_name(quotes[0])
    assert quotes[0].text.endswith("děkujeme Svazu měst a obcí")  # not the writer's 'Platforma sdružuje'


def test_opened_passage_verbs_have_the_speaker_as_source_cs(pipeline: Pipeline) -> None:
    found = triples(events(pipeline, CS, "cs"))
    assert ("AGREE", "CZE", "CZE") in found


def test_opened_passage_after_reported_clause_en(pipeline: Pipeline) -> None:
    text = ("The French defence minister said the defence deal with Athens had been initialled a few days ago. "
            "We also signed the contract with the Greeks.")
    assert ("SUPPORT", "FRA", "GRC") in triples(events(pipeline, text, "en"))


def test_inner_cue_does_not_open_a_passage_cs(pipeline: Pipeline) -> None:
    """The cue of a clause inside the reported content ('…, než ministerstvo oznámilo, že …') is not who goes on."""
    text = ("Francouzský ministr obrany prohlásil, že smlouva byla podepsána dříve, než americké ministerstvo "
            "oznámilo, že schválilo prodej fregat. Také jsme již podepsali s Řeckem smlouvu.")
    assert not [q for q in run_lang(pipeline, text, "cs").quotes if "ministerstvo" in speaker_name(q)
                and "Řeckem" in q.text]
