"""Czech judgement cues (data/cs/judgements.json), the words a Czech speaker uses for the English list's concepts
(deceive, cover-up, harass, illegitimate, outrageous, reckless, smear, wrongdoing, obstruct, exploit, disgrace, neglect,
injustice, brutality, humiliation; political insults: undemocratic, authoritarian, hypocrite, xenophobic):
reported of an actor, each is the speaker's accusation of that actor; the speaker judging itself stays quiet."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

JUDGED = [
    "Polská vláda uvedla, že ruský ministr veřejnost oklamal.",
    "Polská vláda uvedla, že ruská policie případ ututlala.",
    "Polská vláda uvedla, že ruský ministr se dopustil hrubého pochybení.",
    "Polská vláda uvedla, že ruský zákon je protiústavní a ruská vláda je cynická.",
    "Polská vláda uvedla, že ruský ministr je arogantní a cynický.",
    "Polská vláda uvedla, že ruská policie je brutální.",
    "Polská vláda uvedla, že ruský prezident šíří pomluvy.",
    "Polská vláda uvedla, že ruská vláda zanedbala ochranu hranic.",
    "Polská vláda uvedla, že ruská policie se dopustila bezpráví.",
    # political insults (en 61bb00e's list): undemocratic, authoritarian, hypocrite, xenophobic
    "Polská vláda uvedla, že ruský prezident je autoritářský a nedemokratický.",
    "Polská vláda uvedla, že ruský ministr je pokrytec.",
    "Polská vláda uvedla, že ruská vláda je xenofobní.",
]


def _judged(pipeline: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return country_triples([e for e in events(pipeline, text, "cs") if e.rule.startswith("cs-reported-judgement")])


@pytest.mark.parametrize("text", JUDGED)
def test_judgements_cs_cue_accuses_the_judged_actor(pipeline: Pipeline, text: str) -> None:
    assert _judged(pipeline, text) == {("ACCUSE", "POL", "RUS")}


def test_judgements_cs_cue_speaker_judging_itself_codes_nothing(pipeline: Pipeline) -> None:
    assert _judged(pipeline, "Ruský ministr uvedl, že ruský ministr udělal chybu.") == set()
