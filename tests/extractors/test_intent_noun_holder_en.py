"""An infinitive modifying a noun of decision or intent is done by the noun's possessor: 'Germany's plan to send tanks
to Ukraine' (intended: AGREE), 'Lithuania's decision to allow Taiwan to open an office' (decided)."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany's plan to send tanks to Ukraine angered Russia.", ("AGREE", "DEU", "UKR")),
    ("Poland welcomed Germany's decision to send tanks to Ukraine.", ("AID", "DEU", "UKR")),
    ("China criticised Lithuania's decision to allow Taiwan to open an office in Vilnius.", ("CONCEDE", "LTU", "TWN")),
])
def test_possessor_of_intent_noun_does_the_act(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(events(pipeline, text))


def test_refusal_is_no_act(pipeline: Pipeline) -> None:
    """'Germany's refusal to send tanks': the sending did not happen (refusal is no intent noun)."""
    found = triples(events(pipeline, "Germany's refusal to send tanks to Ukraine angered Poland."))
    assert not [t for t in found if t[0] in {"AID", "AGREE"}]


@pytest.mark.parametrize(("text", "lang", "trigger", "expected"), [
    ("The Nigerian Air Force reaffirmed its commitment to support the Nigerian police.", "en", "support",
     {("AGREE", "NGA", "NGA")}),
    ("Nigerijské letectvo znovu potvrdilo svůj závazek podporovat nigerijskou policii.", "cs", "podporovat",
     {("AGREE", "NGA", "NGA")}),
    ("Polsko kritizovalo záměr Německa poslat tanky na Ukrajinu.", "cs", "poslat", {("AGREE", "DEU", "UKR")}),
    ("Putin rejected her offer to mediate between Russia and Ukraine.", "en", "mediate", set()),
])
def test_own_and_genitive_holder_of_intent_noun(pipeline: Pipeline, text: str, lang: str, trigger: str,
                                                expected: set[tuple[str, str, str]]) -> None:
    """'reaffirmed its commitment to support X', 'potvrdilo svůj závazek podporovat X': a possessive pronoun on the
    object is the subject's own; cs 'záměr Německa poslat': the genitive holds the intent; 'her' is not Putin."""
    assert triples([e for e in events(pipeline, text, lang) if e.trigger == trigger]) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The decision by the European Union to impose sanctions on Belarus angered Minsk.", "en",
     ("SANCTION", "IGOEUR", "BLR")),
    ("The decision of the European Union to impose sanctions on Belarus angered Minsk.", "en",
     ("SANCTION", "IGOEUR", "BLR")),
    ("The plan by Germany to send tanks to Ukraine angered Russia.", "en", ("AGREE", "DEU", "UKR")),
])
def test_holder_phrase_of_intent_noun(pipeline: Pipeline, text: str, lang: str,
                                      expected: tuple[str, str, str]) -> None:
    """'the decision by/of the EU to impose', as the Czech genitive 'rozhodnutí Evropské unie uvalit' (holder_preps)."""
    assert expected in triples(events(pipeline, text, lang))


def test_czech_genitive_holder_of_decision(pipeline: Pipeline) -> None:
    """The Czech counterpart names the same holder (Czech reads the decided act as intended: THREATEN)."""
    found = triples(events(pipeline, "Rozhodnutí Evropské unie uvalit sankce na Bělorusko rozhněvalo Minsk.", "cs"))
    assert {(s, t) for k, s, t in found if k in {"SANCTION", "THREATEN"}} == {("IGOEUR", "BLR")}
