"""Verbal nouns held by a verb of announcing, deciding or carrying out code their base verb's entry
(extractors/verbal_nouns.py): 'USA oznámily pozastavení pomoci Pákistánu' is the suspension of aid 'pozastavit pomoc',
'announced the suspension of aid to Pakistan' no announcement of aid (AGREE) but SANCTION; the holder's subject is the
source, the noun's dative or 'to' phrase the recipient. A verbal noun no such verb holds is background (GUIDELINES
rule 6) and codes nothing."""

from __future__ import annotations

import pytest
from events_support import country_triples
from events_support import pipeline_events as events

from kronika import Pipeline

HELD = [
    ("cs", "Německo oznámilo pozastavení vojenské pomoci Turecku.", ("SANCTION", "DEU", "TUR")),
    ("en", "Germany announced the suspension of military aid to Turkey.", ("SANCTION", "DEU", "TUR")),
    ("cs", "Maďarsko ve středu oznámilo uzavření hranice se Srbskem.", ("SANCTION", "HUN", "SRB")),
    ("en", "Italy on Wednesday announced a suspension of air links with Serbia.", ("SANCTION", "ITA", "SRB")),
    ("en", "Ghana announced the deployment of 200 soldiers to Mali.", ("MOBILIZE", "GHA", "MLI")),
    ("cs", "Maroko oznámilo přerušení leteckého spojení s Rakouskem.", ("SANCTION", "MAR", "AUT")),
]

# a holder's entry that needs another preposition does not block the noun ('decide against' is a refusal)
DECIDED_ON = [
    ("en", "NATO decided on the deployment of more troops to Estonia.", ("MOBILIZE", "IGONAT", "EST")),
    ("cs", "NATO rozhodlo o rozmístění dalších vojáků v Estonsku.", ("MOBILIZE", "IGONAT", "EST")),
]

BACKGROUND = [
    ("cs", "Pozastavení pomoci Pákistánu vyvolalo v Islámábádu rozhořčení."),
    ("en", "The suspension of aid to Pakistan angered many people in Islamabad."),
]


@pytest.mark.parametrize(("lang", "text", "triple"), HELD)
def test_held_verbal_noun_codes_its_verb(pipeline: Pipeline, lang: str, text: str,
                                         triple: tuple[str, str, str]) -> None:
    assert triple in country_triples(events(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, text, _ in HELD[:2]])
def test_announcement_of_a_suspension_is_no_agreement(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(t[0] == "AGREE" for t in country_triples(events(pipeline, text, lang)))


@pytest.mark.parametrize(("lang", "text"), BACKGROUND)
def test_verbal_noun_without_holder_codes_nothing(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(t[0] == "SANCTION" for t in country_triples(events(pipeline, text, lang)))



# confirming an act is no doing it: the confirming body is not the noun's actor
CONFIRMED = [
    ("en", "The French army confirmed the killing of a French soldier in Mali."),
    ("en", "The Czech Foreign Ministry confirmed the abduction of two Czech citizens in Mali."),
    ("cs", "Francouzská armáda potvrdila zastřelení francouzského vojáka v Mali."),
    ("cs", "České ministerstvo zahraničí potvrdilo zastřelení dvou českých občanů v Mali."),
]


@pytest.mark.parametrize(("lang", "text"), CONFIRMED)
def test_confirmed_verbal_noun_is_not_the_confirmers_act(pipeline: Pipeline, lang: str, text: str) -> None:
    """The confirmer is no assailant; the killing itself may stand as an unnamed one's ('-', as the gold codes it)."""
    assert not any(t[0] == "ASSAULT" and t[1] != "-" for t in country_triples(events(pipeline, text, lang)))

# a verbal noun codes only an act on another country's actor named in its phrase or its holder's clause
DOMESTIC = [
    ("en", "The Czech government approved the payment of compensation to businesses."),
    ("cs", "Vláda schválila vyplacení odškodnění podnikatelům."),
    ("en", "The German government decided on the evacuation of German citizens from Sudan."),
    ("cs", "Prezident schválil jmenování nového velvyslance v Rusku."),
]
HOLDER_CLAUSE = [
    ("en", "The Russian ministry announced the deployment of nuclear weapons to Belarus.", ("MOBILIZE", "RUS", "BLR")),
    ("cs", "Německá vláda schválila dodání tanků Ukrajině.", ("AID", "DEU", "UKR")),
]


@pytest.mark.parametrize(("lang", "text"), DOMESTIC)
def test_verbal_noun_on_own_people_codes_nothing(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any("+verbal-noun" in (e.rule or "") for e in events(pipeline, text, lang))


@pytest.mark.parametrize(("lang", "text", "triple"), DECIDED_ON + HOLDER_CLAUSE)
def test_decided_verbal_noun_is_coded(pipeline: Pipeline, lang: str, text: str, triple: tuple[str, str, str]) -> None:
    """A decision on a verbal noun is no refusal ('decided on the deployment'), and the noun's target may hang on
    its holder's clause ('announced the deployment of nuclear weapons to Belarus')."""
    assert triple in country_triples(events(pipeline, text, lang))

# media that announce an act report it: they are not its source
MEDIA_ANNOUNCE = [
    ("cs", "Ruská státní média oznámila bombardování Oděsy."),
    ("en", "Russian state media announced the bombing of Odesa."),
]


@pytest.mark.parametrize(("lang", "text"), MEDIA_ANNOUNCE)
def test_media_announcing_an_act_are_not_its_source(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not any(t[0] == "ASSAULT" for t in country_triples(events(pipeline, text, lang)))
