"""Deception and wrongdoing cues in reported speech (data/<lang>/judgements.json: confuse, rig, misuse, conceal,
complicit; zmást, zfalšovat, zamlčet, spolupachatel) accuse the actor the clause is about; a long quote's other clause
with its own act does not hide the judgement ('is trying to confuse us, but we won't let them force us')."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

JUDGED = [
    ("en", "The Polish government said the Russian government is trying to confuse voters."),
    ("en", "The Polish government said Russian officials had rigged the vote."),
    ("en", "The Polish government said the Russian minister misused state funds."),
    ("en", "The Polish government said the Russian police concealed the evidence."),
    ("en", "The Polish government said the Russian army was complicit in the killings."),
    ("cs", "Polská vláda uvedla, že se ruská vláda snaží voliče zmást."),
    ("cs", "Polská vláda uvedla, že ruští úředníci zfalšovali výsledky voleb."),
    ("cs", "Polská vláda uvedla, že ruská policie zamlčela důkazy."),
    ("cs", "Polská vláda uvedla, že ruský ministr je spolupachatel."),
    ("en", "The Polish government said the Russian minister improperly used state cars."),
    ("cs", "Polská vláda uvedla, že ruský ministr neoprávněně používal služební vozy."),
]


def _judged(pipeline: Pipeline, text: str, lang: str) -> set[tuple[str, str, str]]:
    return country_triples([e for e in events(pipeline, text, lang) if e.rule.startswith(f"{lang}-reported-judgement")])


@pytest.mark.parametrize(("lang", "text"), JUDGED)
def test_judgements_deception_cue_accuses_the_judged_actor(pipeline: Pipeline, lang: str, text: str) -> None:
    assert _judged(pipeline, text, lang) == {("ACCUSE", "POL", "RUS")}


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", '"Ruská vláda se nás snaží zmást, ale nedovolíme jí nás donutit k ústupkům," řekl polský ministr.'),
    ("en", '"The Russian government tries to confuse us, but we will not let them force us," a Polish minister said.'),
])
def test_judgements_another_clause_of_the_quote_does_not_hide_the_cue(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("ACCUSE", "POL", "RUS") in _judged(pipeline, text, lang)


NEGATED_APPROVAL = [
    ("en", "The Polish government said the Russian proposals are not concrete enough."),
    ("en", "The Polish government said the Russian election was not fair."),
    ("en", "The Polish government said the Russian government has not been transparent."),
    ("cs", "Polská vláda uvedla, že návrhy Ruska nejsou dostatečně konkrétní."),
    ("cs", "Polská vláda uvedla, že ruské volby nebyly férové."),
    ("cs", "Polská vláda uvedla, že ruská vláda není transparentní."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATED_APPROVAL)
def test_judgements_negated_approval_accuses_the_judged_actor(pipeline: Pipeline, lang: str, text: str) -> None:
    assert _judged(pipeline, text, lang) == {("ACCUSE", "POL", "RUS")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Polish government said the Russian election was fair."),
    ("cs", "Polská vláda uvedla, že ruské volby byly férové."),
    ("en", "The Polish minister said that new, not fully democratic, Russian regimes will not last."),
])
def test_judgements_approval_or_a_negated_attribute_is_no_accusation(pipeline: Pipeline, lang: str, text: str) -> None:
    assert _judged(pipeline, text, lang) == set()


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin arrived in Minsk on Monday. Polish critics say he is responsible for war crimes.",
    "Russian President Vladimir Putin arrived in Minsk on Monday. The Polish government said he lied about the war.",
])
def test_judgements_he_or_she_is_the_person_named_before(pipeline: Pipeline, text: str) -> None:
    assert _judged(pipeline, text, "en") == {("ACCUSE", "POL", "RUS")}


@pytest.mark.parametrize("text", [
    "The Polish government said the measures taken by Russia are illegal.",
    "The Polish government said the proposals sent in by Russia are not concrete enough.",
])
def test_judgements_agent_of_the_described_subject_is_judged(pipeline: Pipeline, text: str) -> None:
    assert _judged(pipeline, text, "en") == {("ACCUSE", "POL", "RUS")}


def test_judgements_quote_hung_on_an_act_is_said_by_its_source(pipeline: Pipeline) -> None:
    text = ("The European Commission is withholding recovery money from Hungary saying the Hungarian government's "
            "reforms erode media freedom.")
    assert _judged(pipeline, text, "en") == {("ACCUSE", "IGOEUR", "HUN")}


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Polská vláda uvedla, že ruská vláda narušuje nezávislost soudů."),
    ("cs", "Polská vláda kritizuje zákon s tím, že ruská vláda oslabuje demokracii."),
    ("en", "The Polish government said the Russian government weakens the independence of the courts."),
])
def test_judgements_harm_to_a_public_good_accuses_the_doer(pipeline: Pipeline, lang: str, text: str) -> None:
    assert ("ACCUSE", "POL", "RUS") in _judged(pipeline, text, lang)


def test_judgements_harm_verb_on_other_things_is_no_accusation(pipeline: Pipeline) -> None:
    assert _judged(pipeline, "Polská vláda uvedla, že ruská vláda naruší dodavatelské řetězce.", "cs") == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Polish government said the Russian police fight against corruption."),
    ("en", "The Polish government said that despite the harassment, the Russian minister stayed calm."),
    ("cs", "Polská vláda uvedla, že ruská policie bojuje proti korupci."),
    ("cs", "Polská vláda uvedla, že ruský ministr varoval před korupcí."),
])
def test_judgements_cue_set_aside_by_its_preposition_judges_no_one(pipeline: Pipeline, lang: str, text: str) -> None:
    assert _judged(pipeline, text, lang) == set()
