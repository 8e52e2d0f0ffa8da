"""Czech lexicon, round 13 (issue 4, session 9, tools/build_cs_verbs.py and data/cs/agents.json): ordinary-news senses
the second recall audit of unseen Czech articles found uncoded (notes/s9/audit-cs.md): defending oneself against an
accusation (a denial), medical rescue of a person, anger at someone, removing someone from office, saving someone's
life, staying in contact, a rescue unit, fans, organisers and kin as people; a prisoner taken to custody, an obstacle
removed from a road, anger at the weather, fans chanting a name, contact in a noun phrase and precj's wrong senses
(joining calls, products on offer, a figurative theft, an adopted resolution, a sports suspension) stay quiet."""

from __future__ import annotations

import pytest
from events_support import assert_entry_fires, pipeline_events
from events_support import country_triples as triples

from kronika import Pipeline

# (sentence, (PLOVER type, source country, target country), rule id prefix of the entry that must fire)
FIRES = [
    ("Ruský ministr se hájil proti obvinění polské vlády.", ("REJECT", "RUS", "POL"), "cs-hajit-"),
    ("Český lékař ošetřil zraněného ukrajinského vojáka.", ("AID", "CZE", "UKR"), "cs-osetrit-073"),
    ("Polští záchranáři převezli zraněného českého turistu do nemocnice.", ("AID", "POL", "CZE"), "cs-prevezt-073"),
    ("Lékař resuscitoval zraněnou ženu.", ("AID", "CZE", "CZE"), "cs-resuscitovat-073"),
    ("Opozice zuří na vládu kvůli zdražení.", ("ACCUSE", "CZE", "CZE"), "cs-zurit-110"),
    ("Ruský prezident odstranil guvernéra z funkce.", ("COERCE", "RUS", "RUS"), "cs-odstranit-172"),
    ("Policii na místo přivolala záchranná jednotka.", ("REQUEST", "CZE", "CZE"), "cs-privolat-020"),  # round 14
    # people of ordinary news (agents.json): fans, organisers, kin
    ("Trenérka chválila fanoušky v Plzni.", ("SUPPORT", "CZE", "CZE"), "cs-chvalit-051"),
    ("Katarští organizátoři obvinění popírají.", ("REJECT", "QAT", "-"), "cs-popirat-016"),
    ("Táta donutil syna klečet v koutě.", ("COERCE", "CZE", "CZE"), "cs-donutit-"),
    ("Demonstranti skandovali proti vládě.", ("PROTEST", "CZE", "CZE"), "cs-skandovat-141"),
    # saving someone's life (the dative), staying in contact (a consultation)
    ("Český soused zachránil život polské dívce.", ("AID", "CZE", "POL"), "cs-zachranit-073"),
    ("Český ministr je v kontaktu s ukrajinskou vládou.", ("CONSULT", "CZE", "UKR"), "cs-n-kontakt-040"),
    ("Česká policie zůstává v kontaktu s britskou policií.", ("CONSULT", "CZE", "GBR"), "cs-zustavat-040"),
    # precj's precision requests: a reward offered for information is an appeal; annexing names the land
    ("Otec oběti nabízí odměnu za informace o pachateli.", ("REQUEST", "CZE", "CZE"), "cs-nabizet-020"),
    ("Rusko připojilo Krym.", ("COERCE", "RUS", "UKR"), "cs-pripojit-192"),
]

# everyday senses of the new entries: no event
QUIET = [
    "Policisté muže převezli do vazby.",  # a transfer to custody is no aid
    "Hasiči odstranili strom ze silnice.",  # removing a thing
    "Řidiči zuří kvůli počasí.",  # anger at no one
    "Fanoušci skandovali jméno trenéra.",  # a chant against no one is no protest (fans are people now)
    "Kontakt s ruskou vládou byl častý.",  # contact in a noun phrase: no one named as its doer
    "Umírnění američtí členové se k výzvám o prošetření případu připojili.",  # joining calls, no annexation
    "Tým nabízí celou řadu nástrojů.",  # a product on offer
    "Pohřeb si armáda ukradla pro sebe!",  # a figurative theft
    "Dolní komora přijala usnesení, kterým ukončila Trumpovo počínání.",  # a resolution is judged by its content
]


@pytest.mark.parametrize(("text", "triple", "rule"), FIRES, ids=[f[2] for f in FIRES])
def test_lexicon_cs_round13_entry_fires(pipeline: Pipeline, text: str, triple: tuple[str, str, str], rule: str) -> None:
    assert_entry_fires(pipeline, text, triple, rule)


@pytest.mark.parametrize("text", QUIET)
def test_lexicon_cs_round13_everyday_sense_codes_nothing(pipeline: Pipeline, text: str) -> None:
    assert pipeline_events(pipeline, text, "cs") == []


def test_lexicon_cs_round13_rescue_unit_is_a_body(pipeline: Pipeline) -> None:
    """'záchranná jednotka' is the ambulance service (HLH), though a bare 'jednotka' names no one."""
    d = pipeline({"id": "t", "text": "Policii na místo přivolala záchranná jednotka.", "lang": "cs"})
    rescue = [(m.text, m.code) for m in d.mentions if m.text.startswith("záchranná")]
    assert rescue == [("záchranná jednotka", "CZEHLH")]
    assert triples(d.events) == {("REQUEST", "CZE", "CZE")}


def test_lexicon_cs_round13_disciplinary_body_is_no_state_organ(pipeline: Pipeline) -> None:
    """A sports disciplinary body is no state organ (NGO, as en 'disciplinary committee'), while a government
    commission stays GOV. Its punishments are sport governance, coded as a regulator's (wmt-dev3 README; round 18:
    the sports-sentence filter no longer drops them)."""
    d = pipeline({"id": "t", "lang": "cs", "text": "Disciplinární komise potrestala hráče za faul v utkání. "
                  "Vládní komise jednala s odbory."})
    codes = {m.text: m.code for m in d.mentions}
    assert codes["Disciplinární komise"] == "CZENGO" and codes["Vládní komise"] == "CZEGOV"
    assert triples(d.events) == {("CONSULT", "CZE", "CZE"), ("COERCE", "CZE", "CZE")}
