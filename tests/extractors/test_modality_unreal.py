"""Acts that did not happen (audit of unseen news, bench/audit): a purpose or request clause, an act of another
actor only hoped for or expected, a 'zda' question and a declined comment code no event. Real lexicons and grammar."""

from __future__ import annotations

import pytest
from events_support import events, triples


@pytest.mark.parametrize("text", [
    "Ukrajina podstoupila test, aby vyvrátila obvinění Ruska.",  # purpose: the denial is only aimed at
    "Rusko poslalo dopis, aby Ukrajina propustila ruské vojáky.",  # content of a request: no release yet
])
def test_modality_purpose_clause_is_no_event(text: str) -> None:
    """cs 'aby' (grammar key purpose_marks): the act of the clause is aimed at or asked for, not done."""
    assert triples(events(text, "cs")) == set()


def test_modality_main_act_of_purpose_clause_stays() -> None:
    """The act that serves the purpose is still coded ('vyslalo vojáky, aby ...': MOBILIZE)."""
    assert ("MOBILIZE", "POL", "-") in triples(events("Polsko vyslalo vojáky, aby zaútočili na Rusko.", "cs"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Ukrajina očekává, že Německo pomůže Ukrajině.", "cs"),
    ("Ukrajina doufá, že Německo podpoří Ukrajinu.", "cs"),
    ("Ukraine expects Germany to cooperate with Ukraine.", "en"),
    ("Ukraine expects that Germany will support Ukraine.", "en"),
])
def test_modality_expected_act_of_another_actor_is_no_event(text: str, lang: str) -> None:
    """'X expects/hopes that Y will help' (grammar key expectation_governors): Y promised and did nothing."""
    assert triples(events(text, lang)) == set()


def test_modality_own_intent_after_hope_stays() -> None:
    """'X hopes to cooperate with Y' (no subject of its own): X's own act or intent is still coded."""
    got = triples(events("Ukraine hopes to cooperate with Germany.", "en"))
    assert ("UKR", "DEU") in {(s, t) for _, s, t in got}


@pytest.mark.parametrize(("text", "lang"), [
    ("Novináři zkoumali, zda se Ukrajina dohodla s Ruskem.", "cs"),
    ("Reporters examined whether Ukraine agreed with Russia.", "en"),
])
def test_modality_embedded_question_is_no_event(text: str, lang: str) -> None:
    """An act only asked about ('zda', 'whether': conditional_marks) is not said to have happened."""
    assert not {t for t in triples(events(text, lang)) if t[0] == "AGREE"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Ukrajina odmítla věc komentovat.", "cs"),
    ("Rusko odmítlo se k útoku vyjádřit.", "cs"),
    ("Russia declined to comment.", "en"),
    ("Russia refused to comment on the Ukrainian attack.", "en"),
])
def test_modality_declined_comment_is_no_reject(text: str, lang: str) -> None:
    """Declining to comment (grammar key declined_complements) rejects nobody's proposal: no REJECT."""
    assert not {t for t in triples(events(text, lang)) if t[0] == "REJECT"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Rusko odmítlo jednat s Ukrajinou.", "cs"),
    ("Russia refused to negotiate with Ukraine.", "en"),
])
def test_modality_refusal_of_an_act_stays(text: str, lang: str) -> None:
    """A refusal whose complement is an act between actors is still a REJECT."""
    assert ("REJECT", "RUS", "UKR") in triples(events(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Měla Ukrajina odmítnout jednat s Ruskem?", "cs"),
    ("Should Ukraine have refused to negotiate with Russia?", "en"),
])
def test_modality_question_is_no_event(text: str, lang: str) -> None:
    """An act a sentence only asks about (grammar key question_marks) is not said to have happened."""
    assert triples(events(text, lang)) == set()
