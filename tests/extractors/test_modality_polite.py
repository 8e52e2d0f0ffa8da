"""A polite conditional performs the act it names ('by rád poděkoval', 'I would like to offer', 'I'd appeal'):
not a hypothetical (grammar keys polite_words, performative_verbs). Found in the recall audits of unseen news."""

from __future__ import annotations

import pytest
from events_support import country_triples, pipeline_events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("„Rád bych poblahopřál Slovensku,“ řekl prezident Petr Pavel.", "cs", ("SUPPORT", "CZE", "SVK")),
    ("„Požádal bych policii o pomoc,“ řekl starosta Brna.", "cs", ("REQUEST", "CZE", "CZE")),
    ("\"I'd appeal to the Russian government to stop the attacks,\" said British Prime Minister Boris Johnson.",
     "en", ("REQUEST", "GBR", "RUS")),
    ("\"I would love to visit China,\" British Prime Minister Boris Johnson said.", "en", ("AGREE", "GBR", "CHN")),
])
def test_modality_polite_conditional_is_the_act(pipeline: Pipeline, text: str, lang: str,
                                                triple: tuple[str, str, str]) -> None:
    """A first-person speech act in the conditional, or 'rád'/'like' with it, is coded as done."""
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Premiér Petr Fiala uvedl, že by Rusko mohlo zaútočit na Polsko.", "cs"),
    ("Rusko by požádalo Polsko o pomoc.", "cs"),
    ("Russia might ask Poland for help.", "en"),
])
def test_modality_other_conditionals_stay_unreal(pipeline: Pipeline, text: str, lang: str) -> None:
    """A third-person conditional or possibility is still not a done act: no REQUEST or ASSAULT is coded."""
    assert not {t for t in country_triples(pipeline_events(pipeline, text, lang)) if t[0] in {"REQUEST", "ASSAULT"}}


@pytest.mark.parametrize(("text", "lang", "triple"), [
    ("„Chtěl bych poděkovat Polsku za pomoc,“ řekl premiér Petr Fiala.", "cs", ("SUPPORT", "CZE", "POL")),
    ("„Chtěla bych pogratulovat Slovensku k vítězství,“ řekla ministryně Jana Černochová.", "cs",
     ("SUPPORT", "CZE", "SVK")),
    ("\"I would like to thank Poland for its help,\" said Czech Prime Minister Petr Fiala.", "en",
     ("SUPPORT", "CZE", "POL")),
    ("\"I would like to congratulate Slovakia on its victory,\" said Czech Prime Minister Petr Fiala.", "en",
     ("SUPPORT", "CZE", "SVK")),
])
def test_modality_polite_wish_of_a_speech_act_is_no_intent(pipeline: Pipeline, text: str, lang: str,
                                                           triple: tuple[str, str, str]) -> None:
    """'I would like to thank X', 'chtěl bych poděkovat': saying it thanks now, SUPPORT, not a future AGREE."""
    assert triple in country_triples(pipeline_events(pipeline, text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Premiér Petr Fiala chce poděkovat Polsku za pomoc.", "cs"),
    ("Czech Prime Minister Petr Fiala said he would thank Poland for its help.", "en"),
])
def test_modality_reported_wish_to_thank_stays_intent(pipeline: Pipeline, text: str, lang: str) -> None:
    """A third-person wish or a reported 'would' is still only intended: AGREE."""
    assert ("AGREE", "CZE", "POL") in country_triples(pipeline_events(pipeline, text, lang))
