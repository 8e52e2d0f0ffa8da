"""Sources: criticism, charges, suits, inquiries and threats received ('čelí obvinění z korupce', 'faced criticism',
'obdržela výhrůžky smrtí', swapped entries with an object noun) name the one who receives them as the target; a
named critic is the source, else the accuser is unnamed (source '-', as for 'byl obviněn': unnamed.unnamed_agent);
hand-made sentences, whole pipeline."""

from __future__ import annotations

import pytest
from events_support import country_triples as triples
from events_support import pipeline_events as events

from kronika import Pipeline

CASES = [
    ("cs", "Bývalý ministr financí čelí obvinění z korupce.", "čelí", ("ACCUSE", "-", "CZE")),
    ("cs", "Starosta Brna nyní čelí trestnímu stíhání kvůli dotacím.", "čelí", ("ACCUSE", "-", "CZE")),
    ("cs", "Ministerstvo zemědělství čelí vyšetřování kvůli zakázce.", "čelí", ("ACCUSE", "-", "CZE")),
    ("cs", "Polská vláda čelí ostré kritice kvůli reformě soudů.", "čelí", ("ACCUSE", "-", "POL")),
    ("cs", "Premiér Slovenska se setkal s ostrou kritikou.", "setkal", ("ACCUSE", "-", "SVK")),
    ("cs", "Německý kancléř čelí kritice ze strany Polska.", "čelí", ("ACCUSE", "POL", "DEU")),
    ("en", "The Hungarian government faced an investigation over the tender.", "faced", ("ACCUSE", "-", "HUN")),
    # threats received (unnamed.RECEIVED): the sender named, else unnamed
    ("cs", "Britská poslankyně obdržela výhrůžky smrtí.", "obdržela", ("THREATEN", "-", "GBR")),
    ("cs", "Britský ministr obdržel výhrůžky od ruských nacionalistů.", "obdržel", ("THREATEN", "RUS", "GBR")),
    ("en", "The British MP left London after receiving death threats.", "receiving", ("THREATEN", "-", "GBR")),
    ("en", "The British minister received death threats from Russian nationalists.", "received",
     ("THREATEN", "RUS", "GBR")),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "triple"), CASES)
def test_sources_received_accusation(pipeline: Pipeline, lang: str, text: str, trigger: str,
                                     triple: tuple[str, str, str]) -> None:
    assert triples([e for e in events(pipeline, text, lang=lang) if e.trigger == trigger]) == {triple}


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Firma čelí problémům s dodávkami součástek."),
    ("cs", "Ukrajinské město čelí povodním."),
    ("en", "The company faces a difficult winter."),
    ("en", "The Russian minister faced a battle with cancer."),  # swapped entries of other nouns keep a named source
    ("en", "The German company amassed a profit of five million euros."),
    ("en", "The French president created an uproar in Paris."),
])
def test_sources_received_no_accusation_without_the_noun(pipeline: Pipeline, lang: str, text: str) -> None:
    assert not [e for e in events(pipeline, text, lang=lang) if e.type == "ACCUSE"]


def test_sources_received_charge_noun_read_as_subject_names_no_victim(pipeline: Pipeline) -> None:
    # 'obvinění' parsed as the subject (Nom/Dat homograph): the victims inside the charge do not receive it
    text = "Útočník zabil deset lidí. Nyní v Kanadě čelí obvinění z vraždy ukrajinských civilistů."
    assert not [e for e in events(pipeline, text, lang="cs") if e.trigger == "čelí" and e.target is not None
                and (e.target.code or "").startswith("UKR")]


def test_sources_received_charge_noun_read_as_subject_goes_to_the_dropped_subject(pipeline: Pipeline) -> None:
    # repair._received_subject: the homograph 'obvinění' is the verb's object; the previous subject receives it
    text = "Bývalý ruský ministr utekl do Londýna. Nyní čelí obvinění z korupce."
    assert triples([e for e in events(pipeline, text, lang="cs") if e.trigger == "čelí"]) == {("ACCUSE", "-", "RUS")}


def test_sources_received_first_person_speaker_receives_it(pipeline: Pipeline) -> None:
    text = "„Čelíme kritice ze strany opozice,“ řekl ministr financí."
    assert triples([e for e in events(pipeline, text, lang="cs") if e.trigger == "Čelíme"]) == {
        ("ACCUSE", "CZE", "CZE")}


@pytest.mark.parametrize(("text", "triple"), [
    ("Manažeři britské cestovní kanceláře jsou podrobeni vyšetřování.", ("ACCUSE", "-", "GBR")),
    ("Britská vláda podrobí britské banky prověrce.", ("ACCUSE", "GBR", "GBR")),
])
def test_sources_received_subjected_to_an_inquiry(pipeline: Pipeline, text: str, triple: tuple[str, str, str]) -> None:
    # 'podrobit X vyšetřování/prověrce/kontrole': X investigated (090); passive without an agent: source '-'
    assert triples([e for e in events(pipeline, text, lang="cs") if e.cameo == "090"]) == {triple}
